import { describe, expect, test } from "vitest";
import { foldRollout } from "../../../src/domain/rollout/fold-rollout.js";
import { planRollback } from "../../../src/domain/rollout/plan-rollback.js";
import type { AppDeployment } from "../../../src/domain/rollout/deployment-record.js";
import { deployment, lifecycle } from "./history.js";

const state = (history: AppDeployment[], now: string) =>
  foldRollout(history, { environment: "production", model: "fraud-detector", now: new Date(now) });

describe("planRollback", () => {
  test("mid-rollout: rollout 0 for the canary, its steps to mark inactive", () => {
    expect(
      planRollback({
        state: state(lifecycle, "2026-10-03T12:30:00Z"),
        reason: "latency p95 doubled",
        commentId: 503,
      }),
    ).toEqual({
      ok: true,
      environment: "production",
      ref: "sha6",
      payload: {
        model: "fraud-detector",
        version: "2.4.0",
        rollout: 0,
        stable_version: "2.3.0",
        metrics: { accuracy: 0.9 },
        pull_request: 42,
        comment_id: 503,
        reason: "latency p95 doubled",
      },
      markInactive: [5, 6],
    });
  });

  test("an automatic rollback has no comment id; no reason is left out", () => {
    const plan = planRollback({
      state: state(lifecycle, "2026-10-03T12:30:00Z"),
      reason: null,
      commentId: null,
    });
    expect(plan.ok && Object.keys(plan.payload)).toEqual([
      "model",
      "version",
      "rollout",
      "stable_version",
      "metrics",
      "pull_request",
    ]);
    const fromAlert = planRollback({
      state: state(lifecycle, "2026-10-03T12:30:00Z"),
      reason: "data drift",
      commentId: null,
      alertDelivery: "d-42",
    });
    expect(fromAlert.ok && fromAlert.payload).toMatchObject({
      rollout: 0,
      alert_delivery: "d-42",
      reason: "data drift",
    });
    expect(fromAlert.ok && "comment_id" in fromAlert.payload).toBe(false);
  });

  test("a first rollout rolls back to no known stable version", () => {
    const first = [deployment(20, "2026-10-05T10:00:00Z", { version: "1.0.0", rollout: 5 })];
    const plan = planRollback({
      state: state(first, "2026-10-06T00:00:00Z"),
      reason: "bad",
      commentId: 1,
    });
    expect(plan).toMatchObject({
      ok: true,
      payload: { version: "1.0.0", rollout: 0, stable_version: null },
      markInactive: [20],
    });
  });

  test.each<[string, AppDeployment[], string, RegExp]>([
    [
      "nothing deployed",
      [],
      "2026-10-06T00:00:00Z",
      /No rollout of fraud-detector is in progress in production\. To replace/,
    ],
    [
      "finished rollout",
      lifecycle,
      "2026-10-02T15:00:00Z",
      /in progress in production\. 2\.3\.0 serves all traffic\./,
    ],
    ["already rolled back", lifecycle, "2026-10-04T00:00:00Z", /2\.3\.0 serves all traffic/],
  ])("nothing to roll back: %s", (_name, history, now, message) => {
    const plan = planRollback({ state: state(history, now), reason: "x", commentId: 1 });
    expect(plan).toMatchObject({ ok: false, reason: "nothing-to-roll-back" });
    expect(!plan.ok && plan.message).toMatch(message);
  });
});
