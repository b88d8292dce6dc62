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
