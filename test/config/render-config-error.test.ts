import { expect, test } from "vitest";
import type { ConfigError } from "../../src/config/load-config.js";
import { configErrorMarker, renderConfigError } from "../../src/config/render-config-error.js";

const error: ConfigError = {
  file: ".github/mlops.yml",
  problems: [
    { path: "rollout.steps[2]", message: "expected a step above the one before (50)" },
    {
      path: "rollout",
      message:
        'unknown key "stpes" (did you mean "steps"?); the keys allowed here are: environment, steps',
    },
  ],
  fingerprint: "0123456789ab",
};

test("the message names the file, each key with what was expected, and the fix", () => {
  expect(renderConfigError(error)).toMatchInlineSnapshot(`
    "<!-- mlops-bot:config-error 0123456789ab -->
    ### ⚠️ mlops-bot cannot use its configuration

    **.github/mlops.yml** has 2 problems, so mlops-bot did nothing else for this event.

    | Key | What was expected |
    | --- | --- |
    | rollout.steps\\[2\\] | expected a step above the one before (50) |
    | rollout | unknown key "stpes" (did you mean "steps"?); the keys allowed here are: environment, steps |

    **To fix it**, edit **.github/mlops.yml** on the default branch (mlops-bot reads it from there) so that each key above has a value of the expected kind. Every key is optional: removing a key brings back its default. The next event after the fix is handled as usual, and a different problem gets a new message.
    "
  `);
});

test("one problem reads in the singular", () => {
  const text = renderConfigError({
    ...error,
    problems: [{ path: "labels.experiment", message: "expected non-empty text" }],
  });
  expect(text).toContain("has a problem, so mlops-bot did nothing else for this event.");
});

test("starts with the hidden marker, so the message is posted once per distinct error", () => {
  expect(configErrorMarker("0123456789ab")).toBe("<!-- mlops-bot:config-error 0123456789ab -->");
  expect(renderConfigError(error).startsWith(`${configErrorMarker(error.fingerprint)}\n`)).toBe(
    true,
  );
});

test("text quoted from the file cannot break the table, ping anyone or inject HTML", () => {
  const text = renderConfigError({
    ...error,
    file: "acme/.github:.github/mlops.yml",
    problems: [
      {
        path: 'metrics.thresholds["a|b"]',
        message: 'expected a number, got "@team <img src=x> `x`"',
      },
    ],
  });
  const row = text.split("\n").find((line) => line.startsWith("| metrics"));
  expect(row).toBe(
    '| metrics.thresholds\\["a\\|b"\\] | expected a number, got "@&#8203;team &lt;img src=x\\> \\`x\\`" |',
  );
});

test("10,000 problems: the first 20 in full, a count of the rest, far within GitHub's limit", () => {
  const problems = Array.from({ length: 10_000 }, (_, i) => ({
    path: `rollout.steps[${i}]`,
    message: 'expected a whole number from 1 to 100 (no % sign), got "a"',
  }));
  const text = renderConfigError({ ...error, problems });
  const rows = text.split("\n").filter((line) => line.startsWith("| rollout.steps"));
  expect(rows).toHaveLength(20);
  expect(rows[19]).toBe(
    '| rollout.steps\\[19\\] | expected a whole number from 1 to 100 (no % sign), got "a" |',
  );
  expect(text).toContain(
    "**.github/mlops.yml** has 10,000 problems, so mlops-bot did nothing else",
  );
  expect(text).toContain(
    "| … | and 9,980 more problems, not listed here: fix the ones above and the next message lists what is left |",
  );
  expect(text.length).toBeLessThan(5_000);
});

test("21 problems: one more problem, in the singular", () => {
  const problems = Array.from({ length: 21 }, (_, i) => ({ path: `k${i}`, message: "x" }));
  expect(renderConfigError({ ...error, problems })).toContain(
    "| … | and 1 more problem, not listed",
  );
});

test("a problem quoting a huge value is cut to 300 characters", () => {
  const text = renderConfigError({
    ...error,
    problems: [{ path: "labels.experiment", message: `expected text, got ${"y".repeat(5_000)}` }],
  });
  const row = text.split("\n").find((line) => line.startsWith("| labels")) ?? "";
  expect(row).toBe(`| labels.experiment | expected text, got ${"y".repeat(280)}… |`);
});
