import { describe, expect, test } from "vitest";
import type { Alert } from "../../../src/domain/alerts/alert-payload.js";
import { compareToThreshold } from "../../../src/domain/alerts/compare-to-threshold.js";
import { dataWindow } from "../../../src/domain/alerts/data-window.js";
import { planAlert } from "../../../src/domain/alerts/plan-alert.js";
import { deployment } from "../rollout/history.js";

const alert: Alert = {
  model: "fraud-detector",
  kind: "data_drift",
  metric: "psi",
  value: 0.31,
  threshold: 0.2,
  environment: "production",
};
const now = new Date("2026-11-02T09:00:00Z");
const stable = deployment(1, "2026-10-01T10:00:00Z", { version: "2.4.0", rollout: 100 });
const canary = (rollout: number) =>
  deployment(2, "2026-11-01T10:00:00Z", {
    version: "2.5.0",
    rollout,
    stable_version: "2.4.0",
    pull_request: 42,
  });
const base = {
  alert,
  deliveryId: "delivery-1",
  now,
  retrainOn: ["data_drift", "model_drift"],
  autoRollback: true,
  rolloutEnvironment: "production",
};

describe("planAlert", () => {
  test("during a canary at 25 %: both versions live, 2.4.0 to beat, roll back PR 42, retrain", () => {
    expect(planAlert({ ...base, deployments: [stable, canary(25)] })).toEqual({
      live: { live: "2.4.0 (75%), 2.5.0 (25%)", versionToBeat: "2.4.0" },
      retrain: true,
      window: { from: "2026-10-26T09:00Z", to: "2026-11-02T09:00Z", days: 7 },
      unrecorded: null,
      rollback: { rollBack: true, version: "2.5.0", percent: 25, pullRequest: 42 },
    });
  });

  test.each([
    ["after 100 %", { deployments: [stable, canary(100)] }, "no-rollout"],
    [
      "auto_rollback false",
      { deployments: [stable, canary(25)], autoRollback: false },
      "auto-rollback-off",
    ],
    [
      "the alert on another environment than the rollout's",
      { deployments: [stable, canary(25)], rolloutEnvironment: "prod-eu" },
      "other-environment",
    ],
  ])("no rollback %s", (_name, change, reason) => {
    expect(planAlert({ ...base, ...change })).toMatchObject({
      rollback: { rollBack: false, reason },
    });
  });

  test("a kind outside alerts.retrain_on does not retrain", () => {
    expect(planAlert({ ...base, deployments: [stable], retrainOn: ["model_drift"] })).toMatchObject(
      { retrain: false },
    );
  });

  test("a first canary with no stable version: the canary is the version to beat", () => {
    const first = deployment(3, "2026-11-01T10:00:00Z", { version: "1.0.0", rollout: 5 });
    expect(planAlert({ ...base, deployments: [first] })).toMatchObject({
      live: { live: "1.0.0 (5%)", versionToBeat: "1.0.0" },
    });
  });

  test("a model or environment the app never deployed: planned, unrecorded, naming the models known there, no rollback", () => {
    const ranker = deployment(4, "2026-10-02T10:00:00Z", {
      model: "ranker",
      version: "1.0.0",
      rollout: 100,
    });
    expect(planAlert({ ...base, deployments: [] })).toEqual({
      live: { live: null, versionToBeat: null },
      unrecorded: { knownModels: [] },
      retrain: true,
      window: { from: "2026-10-26T09:00Z", to: "2026-11-02T09:00Z", days: 7 },
      rollback: { rollBack: false, reason: "no-deployment" },
    });
    expect(
      planAlert({
        ...base,
        alert: { ...alert, model: "fraud-detectr" },
        deployments: [stable, canary(25), ranker],
      }),
    ).toMatchObject({
      unrecorded: { knownModels: ["fraud-detector", "ranker"] },
      rollback: { rollBack: false, reason: "no-deployment" },
    });
    expect(
      planAlert({
        ...base,
        alert: { ...alert, environment: "staging" },
        deployments: [stable, canary(25)],
      }),
    ).toMatchObject({ unrecorded: { knownModels: [] }, rollback: { reason: "no-deployment" } });
  });

  test("a redelivery plans from the history before its own rollback: the same rollback, to finish", () => {
    const own = deployment(3, "2026-11-02T09:00:00Z", {
      version: "2.5.0",
      rollout: 0,
      stable_version: "2.4.0",
      pull_request: 42,
      alert_delivery: "delivery-1",
    });
    expect(planAlert({ ...base, deployments: [stable, canary(25), own] })).toMatchObject({
      live: { live: "2.4.0 (75%), 2.5.0 (25%)" },
      rollback: { rollBack: true, version: "2.5.0", percent: 25, pullRequest: 42 },
    });
    // Another delivery's rollback is news: nothing left to roll back.
    expect(
      planAlert({ ...base, deliveryId: "delivery-2", deployments: [stable, canary(25), own] }),
    ).toMatchObject({ rollback: { rollBack: false, reason: "no-rollout" } });
  });

  test("deployments created after the alert time are not seen", () => {
    const later = deployment(5, "2026-11-03T10:00:00Z", { version: "2.6.0", rollout: 100 });
    expect(planAlert({ ...base, deployments: [stable, later] })).toMatchObject({
      live: { live: "2.4.0 (100%)" },
    });
  });
});

test.each([
  [0.31, 0.2, "above"],
  [0.1, 0.2, "below"],
  [0.2, 0.2, "at"],
] as const)("%d against %d is %s", (value, threshold, words) => {
  expect(compareToThreshold(value, threshold)).toBe(words);
});

test("the data window: the days before the alert, to the minute", () => {
  expect(dataWindow(new Date("2026-03-01T12:34:56Z"), 3)).toEqual({
    from: "2026-02-26T12:34Z",
    to: "2026-03-01T12:34Z",
    days: 3,
  });
});
