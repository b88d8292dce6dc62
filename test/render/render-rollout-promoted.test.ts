import { expect, test } from "vitest";
import {
  renderRolloutPromoted,
  type PromotedView,
} from "../../src/render/render-rollout-promoted.js";

const view: PromotedView = {
  command: "/promote 25%",
  model: "fraud-detector",
  version: "2.5.0",
  step: 25,
  from: 5,
  stableVersion: "2.4.0",
  environment: "production",
  deploymentId: 1109,
  sha: "5b2e4c6aa0e1c7f9d3b2a1e0f9d8c7b6a5e4d3c2",
  gates: [{ name: "checklist" }, { name: "evaluation" }],
  next: 50,
  monitoring: "Monitoring",
};

test("an accepted step names the gates once, the stable version and the next step", () => {
  expect(renderRolloutPromoted(view)).toBe(
    [
      "> /promote 25%",
      "",
      "🚀 **fraud-detector v2.5.0 now gets 25% of the traffic in production** (it had 5%); v2.4.0 serves the rest.",
      "",
      "Deployment 1109 of commit 5b2e4c6 is in progress: the deploy workflow moves the traffic weights and reports success or failure on it. Gates passed: checklist and evaluation.",
      "",
      "**Next:** `/promote 50%` when the metrics hold at 25%, or `/rollback <reason>` to send all traffic back to v2.4.0.",
    ].join("\n"),
  );
});

test("with no gates required and at 100%: no gate sentence, the rollout is complete", () => {
  const text = renderRolloutPromoted({ ...view, gates: [], step: 100, next: null });
  expect(text).not.toContain("Gates passed");
  expect(text).toContain(
    "**The rollout is complete:** v2.5.0 serves all traffic and the deployment card moved to **Monitoring**.",
  );
});
