import { expect, test } from "vitest";
import { renderRolloutDeployFailed } from "../../src/render/render-rollout-deploy-failed.js";

const view = {
  state: "failure",
  model: "fraud-detector",
  version: "2.5.0",
  step: 25,
  deploymentId: 1110,
  description: "Moving fraud-detector 2.5.0 to 25% failed",
  current: 5,
  logUrl: "https://github.com/acme/models/actions/runs/9",
};

test("a failed step names the state, the share that holds and links the deploy log", () => {
  expect(renderRolloutDeployFailed(view)).toBe(
    [
      "⚠️ **The deploy job reported failure for fraud-detector v2.5.0 at 25%** (deployment 1110): Moving fraud-detector 2.5.0 to 25% failed.",
      "",
      "Traffic stays at the previous step: v2.5.0 has 5%. [Read the deploy log](https://github.com/acme/models/actions/runs/9), fix the cause, then type `/promote 25%` again, or `/rollback <reason>`.",
    ].join("\n"),
  );
});

test("a first step that failed, with no description and no log link", () => {
  expect(
    renderRolloutDeployFailed({
      ...view,
      state: "error",
      step: 5,
      description: null,
      current: 0,
      logUrl: null,
    }),
  ).toBe(
    [
      "⚠️ **The deploy job reported error for fraud-detector v2.5.0 at 5%** (deployment 1110).",
      "",
      "Traffic stays at the previous step. Fix the cause, then type `/promote 5%` again, or `/rollback <reason>`.",
    ].join("\n"),
  );
});

test("the deploy job's description is escaped", () => {
  const text = renderRolloutDeployFailed({
    ...view,
    description: "[click](https://x.example) | @team",
  });
  expect(text).toContain("(deployment 1110): \\[click\\](https://x.example) \\| @&#8203;team.");
});

test("a failed rollback says to type /rollback again, not /promote 0% (which is refused)", () => {
  expect(renderRolloutDeployFailed({ ...view, step: 0, description: null, current: 25 })).toBe(
    [
      "⚠️ **The deploy job reported failure for the rollback of fraud-detector v2.5.0** (deployment 1110).",
      "",
      "Traffic did not move back: v2.5.0 still has 25%. [Read the deploy log](https://github.com/acme/models/actions/runs/9), fix the cause, then type `/rollback` again.",
    ].join("\n"),
  );
});

test.each([
  [
    "a log URL that tries to close the link and add an image and a link of its own",
    "https://x/) ![](https://t/p.png) [Approve](https://evil",
    "[Read the deploy log](https://x/%29%20![]%28https://t/p.png%29%20[Approve]%28https://evil), fix",
  ],
  [
    "angle brackets and parentheses in the query and the fragment",
    "https://ci.example/log?q=<a>(b)#x y",
    "[Read the deploy log](https://ci.example/log?q=%3Ca%3E%28b%29#x%20y), fix",
  ],
  ["a URL that does not parse: no link", "https://exa mple.com/log", "Fix"],
  ["a javascript: URL: no link", "javascript:alert(1)", "Fix"],
])("%s", (_name, logUrl, link) => {
  const text = renderRolloutDeployFailed({ ...view, logUrl });
  // The destination holds no space and no parenthesis: only the template's own `](` and `)`.
  expect(text.split("\n")[2]).toBe(
    `Traffic stays at the previous step: v2.5.0 has 5%. ${link} the cause, then type \`/promote 25%\` again, or \`/rollback <reason>\`.`,
  );
  expect(text.split("](")).toHaveLength(link.startsWith("[") ? 2 : 1);
});
