import { describe, expect, test } from "vitest";
import type { DeploymentState } from "../../../src/domain/rollout/deployment-record.js";
import { isFailed, latestStatus } from "../../../src/domain/rollout/latest-status.js";

const s = (state: DeploymentState, createdAt: string) => ({ state, createdAt });

describe("latestStatus", () => {
  test.each<[string, ReturnType<typeof s>[], number | undefined, DeploymentState | null]>([
    ["no statuses", [], undefined, null],
    [
      "newest-first API order",
      [s("success", "2026-10-01T10:05:00Z"), s("in_progress", "2026-10-01T10:00:00Z")],
      undefined,
      "success",
    ],
    [
      "oldest-first order",
      [s("in_progress", "2026-10-01T10:00:00Z"), s("failure", "2026-10-01T10:05:00Z")],
      undefined,
      "failure",
    ],
    [
      "statuses after the instant are not seen",
      [s("in_progress", "2026-10-01T10:00:00Z"), s("failure", "2026-10-01T10:05:00Z")],
      Date.parse("2026-10-01T10:01:00Z"),
      "in_progress",
    ],
    [
      "none yet at the instant",
      [s("success", "2026-10-01T10:05:00Z")],
      Date.parse("2026-10-01T10:00:00Z"),
      null,
    ],
    [
      "same second: success after in_progress",
      [s("success", "2026-10-01T10:00:00Z"), s("in_progress", "2026-10-01T10:00:00Z")],
      undefined,
      "success",
    ],
    [
      "same second: in_progress after queued",
      [s("queued", "2026-10-01T10:00:00Z"), s("in_progress", "2026-10-01T10:00:00Z")],
      undefined,
      "in_progress",
    ],
    [
      "same second: inactive last",
      [s("inactive", "2026-10-01T10:00:00Z"), s("success", "2026-10-01T10:00:00Z")],
      undefined,
      "inactive",
    ],
    [
      "same second, same rank: the first listed",
      [s("failure", "2026-10-01T10:00:00Z"), s("success", "2026-10-01T10:00:00Z")],
      undefined,
      "failure",
    ],
    [
      "an unreadable time is skipped",
      [s("failure", "not a time"), s("success", "2026-10-01T10:00:00Z")],
      undefined,
      "success",
    ],
  ])("%s", (_name, statuses, asOf, expected) => {
    expect(latestStatus(statuses, asOf)).toBe(expected);
  });
});

test.each<[DeploymentState | null, boolean]>([
  ["failure", true],
  ["error", true],
  ["success", false],
  ["inactive", false],
  ["in_progress", false],
  [null, false],
])("isFailed(%s) = %s", (state, failed) => {
  expect(isFailed(state)).toBe(failed);
});
