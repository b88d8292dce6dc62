import { describe, expect, test } from "vitest";
import type { AppDeployment } from "../../../src/domain/rollout/deployment-record.js";
import { findExisting, type IntendedStep } from "../../../src/domain/rollout/find-existing.js";
import { deployment, lifecycle } from "./history.js";

const step = (
  version: string,
  rollout: number,
  over: Partial<IntendedStep> = {},
): IntendedStep => ({
  environment: "production",
  model: "fraud-detector",
  version,
  rollout,
  ...over,
});
const failedRetry = [
  deployment(30, "2026-10-05T10:00:00Z", { version: "3.0.0", rollout: 5, comment_id: 700 }),
  deployment(31, "2026-10-05T11:00:00Z", { version: "3.0.0", rollout: 25, comment_id: 701 }, [
    ["failure", "2026-10-05T11:01:00Z"],
  ]),
];

describe("findExisting", () => {
  test.each<[string, AppDeployment[], number | null, IntendedStep, number | null]>([
    ["a redelivery finds the deployment its comment made", lifecycle, 502, step("2.4.0", 25), 6],
    ["by comment id, whatever the step", lifecycle, 501, step("9.9.9", 50), 5],
    ["a concurrent command finds the same step just made", lifecycle, 999, step("2.4.0", 0), 7],
    ["without a comment id (automatic), by step", lifecycle, null, step("2.4.0", 0), 7],
    [
      "an older step of a finished rollout is not the same step",
      lifecycle,
      999,
      step("2.3.0", 25),
      null,
    ],
    ["a new step is not found", lifecycle, 999, step("2.5.0", 5), null],
    ["a rolled-back version promoted again is a new step", lifecycle, 999, step("2.4.0", 5), null],
    [
      "a failed step retried by a new comment is not found",
      failedRetry,
      702,
      step("3.0.0", 25),
      null,
    ],
    ["the retried failed step's own redelivery is found", failedRetry, 701, step("3.0.0", 25), 31],
    ["the step before a failure is the latest that stands", failedRetry, 702, step("3.0.0", 5), 30],
    [
      "another environment's step is not this one",
      lifecycle,
      null,
      step("2.3.0", 100, { environment: "staging" }),
      null,
    ],
    [
      "another model's step is not this one",
      lifecycle,
      null,
      step("2.3.0", 100, { model: "ranker" }),
      null,
    ],
    ["no history", [], 1, step("1.0.0", 5), null],
  ])("%s", (_name, history, commentId, intended, id) => {
    expect(findExisting(history, commentId, intended)?.id ?? null).toBe(id);
  });
});
