import { expect, test } from "vitest";
import type { RolloutState } from "../../src/domain/rollout/rollout-state.js";
import { renderRolloutStatus, type StatusView } from "../../src/render/render-rollout-status.js";

const state: RolloutState = {
  environment: "production",
  model: "fraud-detector",
  stable: { version: "2.4.0", metrics: null, deploymentId: 1000, since: "2026-10-01T09:00:00Z" },
  canary: {
    version: "2.5.0",
    percent: 25,
    pullRequest: 42,
    metrics: { accuracy: 0.931 },
    sha: "b".repeat(40),
    deploymentId: 1002,
    since: "2026-11-02T09:00:00Z",
    deploymentIds: [1001, 1002],
    lastStatus: "in_progress",
  },
  shares: [],
  lastRollback: null,
};

const view: StatusView = {
  command: "/status",
  model: "fraud-detector",
  version: "2.5.0",
  steps: [5, 25, 50, 100],
  state,
  gates: [
    { name: "checklist", ok: true, detail: "mlops/checklist: success — all ticked" },
    { name: "evaluation", ok: false, detail: "mlops/evaluation: failure — accuracy below 0.9" },
  ],
  live: [
    {
      environment: "production",
      model: "fraud-detector",
      version: "2.4.0",
      share: 75,
      since: "2026-10-01T09:00:00Z",
      deploymentId: 1000,
    },
    {
      environment: "production",
      model: "fraud-detector",
      version: "2.5.0",
      share: 25,
      since: "2026-11-02T09:00:00Z",
      deploymentId: 1002,
    },
  ],
};

test("a rollout in progress: the step, its deployment and status, the next step, each gate, what is live", () => {
  expect(renderRolloutStatus(view)).toBe(
    [
      "> /status",
      "",
      "### Rollout of fraud-detector v2.5.0 in production",
      "",
      "**Step:** 25% of the traffic (deployment 1002, in progress); steps 5% → 25% → 50% → 100%. Next: `/promote 50%`.",
      "",
      "| Gate | State |",
      "| :-- | :-- |",
      "| checklist | ✅ mlops/checklist: success — all ticked |",
      "| evaluation | ❌ mlops/evaluation: failure — accuracy below 0.9 |",
      "",
      "#### Live now",
      "",
      "| Environment | Model | Version | Traffic | Since |",
      "| :-- | :-- | :-- | --: | :-- |",
      "| production | fraud-detector | v2.4.0 | 75% | 2026-10-01 09:00 UTC |",
      "| production | fraud-detector | v2.5.0 | 25% | 2026-11-02 09:00 UTC |",
    ].join("\n"),
  );
});

test("rolled back: says so with the reason and how to start over", () => {
  const text = renderRolloutStatus({
    ...view,
    state: {
      ...state,
      canary: null,
      lastRollback: {
        version: "2.5.0",
        deploymentId: 1003,
        at: "2026-11-03T10:00:00Z",
        reason: "p95 up",
      },
    },
    live: [view.live[0]!],
  });
  expect(text).toContain("**Step:** rolled back. Type /promote 5% to start over.");
  expect(text).toContain("Last rollback: v2.5.0 at 2026-11-03 10:00 UTC — p95 up.");
});

test("finished, another version in progress, never started", () => {
  const finished = renderRolloutStatus({
    ...view,
    state: { ...state, canary: null, stable: { ...state.stable!, version: "2.5.0" } },
  });
  expect(finished).toContain("**Step:** complete: v2.5.0 serves all traffic.");
  const other = renderRolloutStatus({ ...view, version: "2.6.0" });
  expect(other).toContain("**Step:** not started; v2.5.0 is at 25% from PR \\#42.");
  const fresh = renderRolloutStatus({
    ...view,
    state: { ...state, stable: null, canary: null },
    gates: [],
    live: [],
  });
  expect(fresh).toContain("**Step:** not started. Type /promote 5% to begin.");
  expect(fresh).toContain("| — | no gates required (`rollout.require` is empty) |");
  expect(fresh).toContain("| production | — | nothing deployed by mlops-bot | | |");
});
