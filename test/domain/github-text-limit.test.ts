import { expect, test } from "vitest";
import {
  GITHUB_CHECK_TEXT_BYTES,
  GITHUB_TEXT_LIMIT,
  fitText,
  fitTextBytes,
} from "../../src/domain/github-text-limit.js";

const CLOSING = "_shortened_";
const bytes = (text: string) => Buffer.byteLength(text);

test("GitHub's limits: 65,536 characters for bodies, 65,535 bytes for check-run output", () => {
  expect(GITHUB_TEXT_LIMIT).toBe(65_536);
  expect(GITHUB_CHECK_TEXT_BYTES).toBe(65_535);
});

test.each<[string, string, number, string]>([
  ["within the limit: unchanged", "abc", 3, "abc"],
  ["empty: unchanged", "", 0, ""],
  [
    "a line end far before the budget: cut mid-line",
    `${"a".repeat(9)}\n${"b".repeat(30)}`,
    30,
    "aaaaaaaaa\nbb\n\n_shortened_\n",
  ],
  [
    "a line end near the budget: cut there",
    `${"a".repeat(20)}\n${"b".repeat(20)}`,
    40,
    `${"a".repeat(20)}\n\n_shortened_\n`,
  ],
  ["a surrogate pair is never split", `xxx${"😀".repeat(20)}`, 24, "xxx😀\n\n_shortened_\n"],
  [
    "an unfinished hidden comment is dropped",
    `ok\n<!-- ${"z".repeat(40)}`,
    30,
    "ok\n\n\n_shortened_\n",
  ],
  [
    "an open code fence is closed before the closing line",
    `\`\`\`\n${"code\n".repeat(10)}`,
    34,
    "```\ncode\ncode\nco\n```\n\n_shortened_\n",
  ],
  ["a budget below the closing line keeps what of it fits", "x".repeat(50), 5, "_shor"],
])("fitText: %s", (_name, text, limit, expected) => {
  const fitted = fitText(text, limit, CLOSING);
  expect(fitted).toBe(expected);
  expect(fitted.length).toBeLessThanOrEqual(limit);
});

test("fitText: 1.27 MB of table rows fit in 65,536 characters, the head kept, the cut said", () => {
  const body = `<!-- marker -->\n${"| rollout.steps\\[1\\] | expected a whole number |\n".repeat(27_000)}`;
  const fitted = fitText(body, GITHUB_TEXT_LIMIT, CLOSING);
  expect(fitted.length).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT);
  expect(fitted.length).toBeGreaterThan(GITHUB_TEXT_LIMIT - 100);
  expect(fitted.startsWith("<!-- marker -->\n| rollout")).toBe(true);
  expect(fitted.endsWith("|\n\n_shortened_\n")).toBe(true);
});

test("fitTextBytes: counts UTF-8 bytes, never cuts inside a character", () => {
  const text = "é".repeat(40_000); // 40,000 characters, 80,000 bytes
  expect(fitText(text, GITHUB_TEXT_LIMIT, CLOSING)).toBe(text);
  const fitted = fitTextBytes(text, GITHUB_CHECK_TEXT_BYTES, CLOSING);
  expect(bytes(fitted)).toBeLessThanOrEqual(GITHUB_CHECK_TEXT_BYTES);
  expect(bytes(fitted)).toBeGreaterThan(GITHUB_CHECK_TEXT_BYTES - 20);
  expect(fitted).not.toContain("\uFFFD");
  expect(fitted.endsWith("é\n\n_shortened_\n")).toBe(true);
});

test.each<[string, string, number]>([
  ["ASCII at the limit", "a".repeat(10), 10],
  ["two-byte characters at the limit", "é".repeat(5), 10],
  ["four-byte emoji at the limit", "😀".repeat(3), 12],
])("fitTextBytes: %s is unchanged", (_name, text, limit) => {
  expect(fitTextBytes(text, limit, CLOSING)).toBe(text);
});

test("fitTextBytes: one byte over is shortened", () => {
  const fitted = fitTextBytes(`${"a".repeat(40)}é`, 41, CLOSING);
  expect(bytes(fitted)).toBeLessThanOrEqual(41);
  expect(fitted.endsWith("\n\n_shortened_\n")).toBe(true);
});
