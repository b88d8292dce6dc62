import { describe, expect, test } from "vitest";
import { foldRollout } from "../../../src/domain/rollout/fold-rollout.js";
import type { AppDeployment } from "../../../src/domain/rollout/deployment-record.js";
import { deployment, lifecycle } from "./history.js";

type Summary = {
  stable: string | null;
  canary: string | null;
  ids: number[];
  shares: string[];
};

/** The parts of the state a table can read at a glance. */
function summary(history: AppDeployment[], now: string, model = "fraud-detector"): Summary {
  const state = foldRollout(history, { environment: "production", model, now: new Date(now) });
  return {
    stable: state.stable?.version ?? null,
    canary: state.canary ? `${state.canary.version}@${state.canary.percent}` : null,
    ids: state.canary?.deploymentIds ?? [],
    shares: state.shares.map((s) => `${s.version}:${s.share}#${s.deploymentId}`),
  };
}

describe("foldRollout over 5 → 25 → 100, then a second rollout rolled back at 25", () => {
  test.each<[string, Summary]>([
    ["2026-09-30T00:00:00Z", { stable: null, canary: null, ids: [], shares: [] }],
    ["2026-10-01T10:00:00Z", { stable: "2.2.0", canary: null, ids: [], shares: ["2.2.0:100#1"] }],
    [
      "2026-10-02T10:00:00Z",
      { stable: "2.2.0", canary: "2.3.0@5", ids: [2], shares: ["2.2.0:95#1", "2.3.0:5#2"] },
    ],
    [
      "2026-10-02T11:59:59Z",
      { stable: "2.2.0", canary: "2.3.0@5", ids: [2], shares: ["2.2.0:95#1", "2.3.0:5#2"] },
    ],
    [
      "2026-10-02T12:00:00Z",
      { stable: "2.2.0", canary: "2.3.0@25", ids: [2, 3], shares: ["2.2.0:75#1", "2.3.0:25#3"] },
    ],
    ["2026-10-02T14:00:00Z", { stable: "2.3.0", canary: null, ids: [], shares: ["2.3.0:100#4"] }],
    [
      "2026-10-03T12:30:00Z",
      { stable: "2.3.0", canary: "2.4.0@25", ids: [5, 6], shares: ["2.3.0:75#4", "2.4.0:25#6"] },
    ],
    ["2026-10-03T13:00:00Z", { stable: "2.3.0", canary: null, ids: [], shares: ["2.3.0:100#4"] }],
    ["2030-01-01T00:00:00Z", { stable: "2.3.0", canary: null, ids: [], shares: ["2.3.0:100#4"] }],
  ])("at %s", (now, expected) => {
    expect(summary(lifecycle, now)).toEqual(expected);
  });

  test("the full state after the rollback", () => {
    const state = foldRollout(lifecycle, {
      environment: "production",
      model: "fraud-detector",
      now: new Date("2026-10-04T00:00:00Z"),
    });
    expect(state).toEqual({
      environment: "production",
      model: "fraud-detector",
      stable: {
        version: "2.3.0",
        metrics: { accuracy: 0.93 },
        deploymentId: 4,
        since: "2026-10-02T14:00:00Z",
      },
      canary: null,
      shares: [{ version: "2.3.0", share: 100, since: "2026-10-02T14:00:00Z", deploymentId: 4 }],
      lastRollback: {
        version: "2.4.0",
        deploymentId: 7,
        at: "2026-10-03T13:00:00Z",
        reason: "latency p95 doubled",
      },
    });
  });

  test("the full canary mid-rollout", () => {
    const state = foldRollout(lifecycle, {
      environment: "production",
      model: "fraud-detector",
      now: new Date("2026-10-03T12:30:00Z"),
    });
    expect(state.canary).toEqual({
      version: "2.4.0",
      percent: 25,
      pullRequest: 42,
      metrics: { accuracy: 0.9 },
      sha: "sha6",
      deploymentId: 6,
      since: "2026-10-03T12:00:00Z",
      deploymentIds: [5, 6],
      lastStatus: "success",
    });
    expect(state.lastRollback).toBeNull();
  });

  test("input order does not matter", () => {
    expect(summary([...lifecycle].reverse(), "2026-10-03T12:30:00Z")).toEqual(
      summary(lifecycle, "2026-10-03T12:30:00Z"),
    );
  });
});

describe("foldRollout: statuses", () => {
  const five = deployment(10, "2026-10-05T10:00:00Z", {
    version: "3.0.0",
    rollout: 5,
    stable_version: "2.3.0",
  });
  const at = (
    state: "failure" | "error" | "inactive" | "in_progress" | "queued",
    time = "2026-10-05T11:01:00Z",
  ) =>
    deployment(
      11,
      "2026-10-05T11:00:00Z",
      { version: "3.0.0", rollout: 25, stable_version: "2.3.0" },
      [
        ["in_progress", "2026-10-05T11:00:00Z"],
        [state, time],
      ],
    );

  test.each<[string, AppDeployment[], string, Summary]>([
    [
      "a failed step does not advance: the previous step stands",
      [five, at("failure")],
      "2026-10-05T12:00:00Z",
      { stable: "2.3.0", canary: "3.0.0@5", ids: [10], shares: ["2.3.0:95", "3.0.0:5"] },
    ],
    [
      "an errored step does not advance",
      [five, at("error")],
      "2026-10-05T12:00:00Z",
      { stable: "2.3.0", canary: "3.0.0@5", ids: [10], shares: ["2.3.0:95", "3.0.0:5"] },
    ],
    [
      "before its failure status arrived, the step counted",
      [five, at("failure")],
      "2026-10-05T11:00:30Z",
      { stable: "2.3.0", canary: "3.0.0@25", ids: [10, 11], shares: ["2.3.0:75", "3.0.0:25"] },
    ],
    [
      "inactive does not mean not serving",
      [five, at("inactive")],
      "2026-10-05T12:00:00Z",
      { stable: "2.3.0", canary: "3.0.0@25", ids: [10, 11], shares: ["2.3.0:75", "3.0.0:25"] },
    ],
    [
      "a step still in progress counts",
      [five, at("queued", "2026-10-05T10:59:00Z")],
      "2026-10-05T12:00:00Z",
      { stable: "2.3.0", canary: "3.0.0@25", ids: [10, 11], shares: ["2.3.0:75", "3.0.0:25"] },
    ],
    [
      "a failed 100% leaves the canary where it was",
      [
        five,
        deployment(
          12,
          "2026-10-05T12:00:00Z",
          { version: "3.0.0", rollout: 100, stable_version: "2.3.0" },
          [["failure", "2026-10-05T12:01:00Z"]],
        ),
      ],
      "2026-10-05T13:00:00Z",
      { stable: "2.3.0", canary: "3.0.0@5", ids: [10], shares: ["2.3.0:95", "3.0.0:5"] },
    ],
    [
      "a deployment with no status yet counts",
      [deployment(13, "2026-10-05T10:00:00Z", { version: "3.0.0", rollout: 100 }, [])],
      "2026-10-05T10:00:00Z",
      { stable: "3.0.0", canary: null, ids: [], shares: ["3.0.0:100"] },
    ],
  ])("%s", (_name, history, now, expected) => {
    const got = summary(history, now);
    expect({ ...got, shares: got.shares.map((s) => s.replace(/#\d+$/, "")) }).toEqual(expected);
  });

  test("the canary's last status is the latest one as of now", () => {
    const state = foldRollout([five, at("inactive")], {
      environment: "production",
      model: "fraud-detector",
      now: new Date("2026-10-05T11:00:30Z"),
    });
    expect(state.canary?.lastStatus).toBe("in_progress");
  });
});

describe("foldRollout: what the history does not say", () => {
  test.each<[string, AppDeployment[], Summary]>([
    [
      "a first rollout (no stable version) lists only the canary's share",
      [deployment(20, "2026-10-05T10:00:00Z", { version: "1.0.0", rollout: 5 })],
      { stable: null, canary: "1.0.0@5", ids: [20], shares: ["1.0.0:5#20"] },
    ],
    [
      "a stable version from before the app, named by the canary, has unknown metrics",
      [
        deployment(21, "2026-10-05T10:00:00Z", {
          version: "1.1.0",
          rollout: 25,
          stable_version: "1.0.0",
        }),
      ],
      { stable: "1.0.0", canary: "1.1.0@25", ids: [21], shares: ["1.0.0:75#21", "1.1.0:25#21"] },
    ],
    [
      "a first rollout rolled back leaves nothing known live",
      [
        deployment(22, "2026-10-05T10:00:00Z", { version: "1.0.0", rollout: 5 }),
        deployment(23, "2026-10-05T11:00:00Z", { version: "1.0.0", rollout: 0 }),
      ],
      { stable: null, canary: null, ids: [], shares: [] },
    ],
    [
      "a rollback naming a stable version keeps it",
      [
        deployment(24, "2026-10-05T11:00:00Z", {
          version: "1.1.0",
          rollout: 0,
          stable_version: "1.0.0",
        }),
      ],
      { stable: "1.0.0", canary: null, ids: [], shares: ["1.0.0:100#24"] },
    ],
    [
      "a new version's canary replaces another unfinished one",
      [
        deployment(25, "2026-10-05T10:00:00Z", { version: "1.1.0", rollout: 5 }),
        deployment(26, "2026-10-05T11:00:00Z", { version: "1.2.0", rollout: 5 }),
      ],
      { stable: null, canary: "1.2.0@5", ids: [26], shares: ["1.2.0:5#26"] },
    ],
    [
      "other environments and other models are not folded",
      [
        deployment(
          27,
          "2026-10-05T10:00:00Z",
          { version: "9.0.0", rollout: 100 },
          undefined,
          "staging",
        ),
        deployment(28, "2026-10-05T10:00:00Z", { version: "9.0.0", rollout: 100, model: "ranker" }),
      ],
      { stable: null, canary: null, ids: [], shares: [] },
    ],
  ])("%s", (_name, history, expected) => {
    expect(summary(history, "2026-10-06T00:00:00Z")).toEqual(expected);
  });

  test("the inferred stable version has null metrics", () => {
    const history = [
      deployment(21, "2026-10-05T10:00:00Z", {
        version: "1.1.0",
        rollout: 25,
        stable_version: "1.0.0",
      }),
    ];
    const state = foldRollout(history, {
      environment: "production",
      model: "fraud-detector",
      now: new Date("2026-10-06T00:00:00Z"),
    });
    expect(state.stable).toEqual({
      version: "1.0.0",
      metrics: null,
      deploymentId: 21,
      since: "2026-10-05T10:00:00Z",
    });
    expect(state.lastRollback).toBeNull();
  });

  test("a rollback without a reason records null", () => {
    const history = [
      deployment(22, "2026-10-05T10:00:00Z", { version: "1.0.0", rollout: 5 }),
      deployment(23, "2026-10-05T11:00:00Z", { version: "1.0.0", rollout: 0 }),
    ];
    const state = foldRollout(history, {
      environment: "production",
      model: "fraud-detector",
      now: new Date("2026-10-06T00:00:00Z"),
    });
    expect(state.lastRollback).toEqual({
      version: "1.0.0",
      deploymentId: 23,
      at: "2026-10-05T11:00:00Z",
      reason: null,
    });
  });
});
