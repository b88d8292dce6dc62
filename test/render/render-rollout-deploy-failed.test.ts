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
