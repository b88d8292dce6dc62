import { expect, test } from "vitest";
import { decidePromote } from "../../../src/domain/rollout/decide-promote.js";
import { deployment } from "./history.js";

// The PR and gates as they stand when the redelivery arrives: the PR was merged (closed), the
// gates fail, and the deployment issue is no longer found. The step was made before all that.
const now = {
  environment: "production",
  now: new Date("2026-10-05T00:00:00Z"),
  steps: [5, 25, 50, 100],
  gates: [{ name: "checklist" as const, ok: false, detail: "2 items unticked" }],
  pr: { number: 42, state: "closed" as const, headSha: "sha-new" },
  fork: null,
  deploymentIssue: null,
  requested: 50,
};
const stable = deployment(1, "2026-10-01T10:00:00Z", { version: "2.3.0", rollout: 100 });
const five = deployment(2, "2026-10-03T10:00:00Z", {
  version: "2.4.0",
  rollout: 5,
  stable_version: "2.3.0",
  pull_request: 42,
});
const mine = deployment(
  3,
  "2026-10-03T12:00:00Z",
  { version: "2.4.0", rollout: 25, stable_version: "2.3.0", pull_request: 42, comment_id: 700 },
  [["in_progress", "2026-10-03T12:00:01Z"]],
);

test("a redelivery is rebuilt from its deployment, whatever the PR, the gates and the steps say now", () => {
  expect(decidePromote([stable, five, mine], { ...now, commentId: 700 })).toEqual({
    action: "finish",
    plan: {
      ok: true,
      environment: "production",
      ref: "sha3",
      payload: mine.payload,
      step: 25,
      from: 5,
      isFinal: false,
    },
    deploymentId: 3,
    percentNow: 25,
    needsStatus: false,
  });
});

test("a redelivery whose deployment has no status yet asks for in_progress", () => {
  const bare = { ...mine, statuses: [] };
  expect(decidePromote([stable, five, bare], { ...now, commentId: 700 })).toMatchObject({
    action: "finish",
    deploymentId: 3,
    needsStatus: true,
  });
});

test("a redelivered 100% step is final and the version has all traffic", () => {
  const full = deployment(4, "2026-10-04T12:00:00Z", {
    version: "2.4.0",
    rollout: 100,
    stable_version: "2.3.0",
    pull_request: 42,
    comment_id: 701,
  });
  expect(decidePromote([stable, five, full], { ...now, commentId: 701 })).toMatchObject({
    action: "finish",
    plan: { step: 100, from: 5, isFinal: true },
    percentNow: 100,
  });
});

test("another comment on the same closed PR is still judged, and refused", () => {
  expect(decidePromote([stable, five, mine], { ...now, commentId: 800 })).toMatchObject({
    ok: false,
    reason: "pr-closed",
  });
});
