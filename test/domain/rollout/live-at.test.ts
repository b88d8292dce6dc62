import { describe, expect, test } from "vitest";
import { liveAt, type LiveVersion } from "../../../src/domain/rollout/live-at.js";
import { deployment, lifecycle } from "./history.js";

const ranker = [
  deployment(50, "2026-10-01T09:00:00Z", { model: "ranker", version: "0.9.0", rollout: 100 }),
  deployment(51, "2026-10-02T11:00:00Z", {
    model: "ranker",
    version: "1.0.0",
    rollout: 50,
    stable_version: "0.9.0",
  }),
  deployment(
    52,
    "2026-10-02T11:30:00Z",
    { model: "ranker", version: "7.0.0", rollout: 100 },
    undefined,
    "staging",
  ),
];
const history = [...lifecycle, ...ranker];
const v = (
  model: string,
  version: string,
  share: number,
  since: string,
  deploymentId: number,
): LiveVersion => ({
  model,
  version,
  share,
  since,
  deploymentId,
});

describe("liveAt", () => {
  test.each<[string, string, LiveVersion[]]>([
    ["before any deployment", "2026-09-01T00:00:00Z", []],
    [
      "exactly at the first deployment's creation",
      "2026-10-01T09:00:00Z",
      [v("ranker", "0.9.0", 100, "2026-10-01T09:00:00Z", 50)],
    ],
    [
      "one millisecond before a step",
      "2026-10-02T11:59:59.999Z",
      [
        v("fraud-detector", "2.2.0", 95, "2026-10-01T10:00:00Z", 1),
        v("ranker", "0.9.0", 50, "2026-10-01T09:00:00Z", 50),
        v("ranker", "1.0.0", 50, "2026-10-02T11:00:00Z", 51),
        v("fraud-detector", "2.3.0", 5, "2026-10-02T10:00:00Z", 2),
      ],
    ],
    [
      "exactly at a step's creation: the step counts",
      "2026-10-02T12:00:00Z",
      [
        v("fraud-detector", "2.2.0", 75, "2026-10-01T10:00:00Z", 1),
        v("ranker", "0.9.0", 50, "2026-10-01T09:00:00Z", 50),
        v("ranker", "1.0.0", 50, "2026-10-02T11:00:00Z", 51),
        v("fraud-detector", "2.3.0", 25, "2026-10-02T12:00:00Z", 3),
      ],
    ],
    [
      "between two steps of the second rollout",
      "2026-10-03T11:00:00Z",
      [
        v("fraud-detector", "2.3.0", 95, "2026-10-02T14:00:00Z", 4),
        v("ranker", "0.9.0", 50, "2026-10-01T09:00:00Z", 50),
        v("ranker", "1.0.0", 50, "2026-10-02T11:00:00Z", 51),
        v("fraud-detector", "2.4.0", 5, "2026-10-03T10:00:00Z", 5),
      ],
    ],
  ])("%s", (_name, at, expected) => {
    expect(liveAt(history, { environment: "production", at: new Date(at) })).toEqual(expected);
  });

  test("another environment has its own answer", () => {
    expect(
      liveAt(history, { environment: "staging", at: new Date("2026-10-04T00:00:00Z") }),
    ).toEqual([v("ranker", "7.0.0", 100, "2026-10-02T11:30:00Z", 52)]);
  });

  test("a step whose failure was reported after the instant still served at it", () => {
    const failed = [
      deployment(60, "2026-10-01T10:00:00Z", { version: "1.0.0", rollout: 100 }),
      deployment(
        61,
        "2026-10-01T11:00:00Z",
        { version: "1.1.0", rollout: 25, stable_version: "1.0.0" },
        [["failure", "2026-10-01T11:30:00Z"]],
      ),
    ];
    const shares = (at: string) =>
      liveAt(failed, { environment: "production", at: new Date(at) }).map(
        (l) => `${l.version}:${l.share}`,
      );
    expect(shares("2026-10-01T11:10:00Z")).toEqual(["1.0.0:75", "1.1.0:25"]);
    expect(shares("2026-10-01T11:30:00Z")).toEqual(["1.0.0:100"]);
  });
});
