import { expect, test } from "vitest";
import {
  PROTECTION_COMMENT_LIMIT,
  fitProtectionComment,
} from "../../src/render/fit-protection-comment.js";

const sha = "ec26c3e0000000000000000000000000000000000";
const headline = "❌ Deploying to production is rejected: 40 gates fail for ec26c3e.";
const closing = "Fix the gates, then re-run the deploy job.";
const items = Array.from({ length: 40 }, (_, i) => `- gate-${i}: ${"detail ".repeat(8).trim()}`);

test("a comment that fits is sent unchanged", () => {
  const comment = [headline, ...items.slice(0, 3), closing].join("\n");
  expect(fitProtectionComment(comment, sha)).toBe(comment);
});

test("a longer one keeps its headline, the items that fit, a count of the rest and its closing line", () => {
  const fitted = fitProtectionComment([headline, ...items, closing].join("\n"), sha);
  expect(fitted.length).toBeLessThanOrEqual(PROTECTION_COMMENT_LIMIT);
  const lines = fitted.split("\n");
  const kept = lines.filter((line) => /^- gate-\d+:/.test(line));
  expect(kept).toEqual(items.slice(0, kept.length));
  expect(kept.length).toBeGreaterThan(5);
  expect(lines[0]).toBe(headline);
  expect(lines.at(-2)).toBe(
    `- … and ${40 - kept.length} more left out: GitHub keeps 1,024 characters of this answer. The checks of ec26c3e on the pull request list everything.`,
  );
  expect(lines.at(-1)).toBe(closing);
});

test("one very long item is cut at 240 characters, so it cannot push out the rest", () => {
  const long = `- gate-x: ${"y".repeat(2_000)}`;
  const fitted = fitProtectionComment(
    [headline, long, ...items.slice(0, 2), closing].join("\n"),
    sha,
  );
  const lines = fitted.split("\n");
  expect(lines[1]).toHaveLength(240);
  expect(lines[1]?.endsWith("…")).toBe(true);
  expect(lines.slice(2, 4)).toEqual(items.slice(0, 2));
});

test("a headline with no items, past the limit, is cut with the usual shortened line", () => {
  const fitted = fitProtectionComment("z".repeat(3_000), sha);
  expect(fitted.length).toBeLessThanOrEqual(PROTECTION_COMMENT_LIMIT);
  expect(fitted.startsWith("zzz")).toBe(true);
});
