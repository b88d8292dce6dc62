import { describe, expect, test } from "vitest";
import { decidePromote } from "../../../src/domain/rollout/decide-promote.js";
import { findRaceWinner } from "../../../src/domain/rollout/find-race-winner.js";
import { deployment } from "./history.js";

const base = {
  environment: "production",
  now: new Date("2026-10-05T00:00:00Z"),
  steps: [5, 25, 50, 100],
  gates: [{ name: "checklist" as const, ok: true, detail: "ok" }],
  pr: { number: 42, state: "open" as const, headSha: "sha42" },
  fork: null,
  deploymentIssue: { model: "fraud-detector", version: "2.4.0" },
};
const stable = deployment(1, "2026-10-01T10:00:00Z", { version: "2.3.0", rollout: 100 });
const five = deployment(2, "2026-10-03T10:00:00Z", {
  version: "2.4.0",
  rollout: 5,
  stable_version: "2.3.0",
  comment_id: 500,
  pull_request: 42,
});
const twentyFive = deployment(3, "2026-10-03T12:00:00Z", {
  version: "2.4.0",
  rollout: 25,
  stable_version: "2.3.0",
  comment_id: 501,
  pull_request: 42,
});

test.each([
  [
    "first step: create, from the stable version",
    [stable],
    600,
    5,
    { action: "create", step: 5, from: 0, seenUpTo: 1 },
  ],
  [
    "the next step after 5%",
    [stable, five],
    600,
    null,
    { action: "create", step: 25, from: 5, seenUpTo: 2 },
  ],
  [
    "a redelivery of the 5% command finishes it; the card shows 25% now",
    [stable, five, twentyFive],
    500,
    5,
    { action: "finish", step: 5, from: 0, deploymentId: 2, percentNow: 25 },
  ],
  [
    "a redelivery of a bare /promote finds its step",
    [stable, five],
    500,
    null,
    { action: "finish", step: 5, deploymentId: 2, percentNow: 5 },
  ],
  [
    "the same step by another comment is refused",
    [stable, five],
    600,
    5,
    { ok: false, reason: "already-at-step" },
  ],
] as const)("%s", (_name, history, commentId, requested, expected) => {
  const decision = decidePromote(history, { ...base, commentId, requested });
  const flat =
    "action" in decision
      ? { ...decision, step: decision.plan.step, from: decision.plan.from }
      : decision;
  expect(flat).toMatchObject(expected);
  if ("action" in decision)
    expect(decision.plan.payload).toMatchObject({ stable_version: "2.3.0" });
});

test("the lowest id made after the history was read wins the race", () => {
  const ours = { id: 12, environment: "production", payload: five.payload };
  const rival = { ...five, id: 11 };
  const older = { ...five, id: 2 };
  const other = { ...twentyFive, id: 10 };
  expect(findRaceWinner([rival, older, other], ours, 9)).toBe(11);
  expect(findRaceWinner([older, other], ours, 9)).toBeNull();
  expect(findRaceWinner([{ ...five, id: 13 }], ours, 9)).toBeNull();
});

describe("a command retyped after its step got no status finishes that step", () => {
  // The first try created the 25% step and failed before its `in_progress` status.
  const bare = { ...twentyFive, statuses: [] };
  test.each([
    ["the same step, by a new comment", [stable, five, bare], 25, { action: "finish" }],
    ["a bare /promote", [stable, five, bare], null, { action: "finish" }],
    ["a higher step goes on from it", [stable, five, bare], 50, { action: "create", step: 50 }],
    [
      "a step with a status is not retried: the same step is refused",
      [stable, five, twentyFive],
      25,
      { ok: false, reason: "already-at-step" },
    ],
    [
      "a step without status that is not the newest is not retried",
      [stable, { ...five, statuses: [] }, twentyFive],
      5,
      { ok: false, reason: "not-above-current" },
    ],
  ] as const)("%s", (_name, history, requested, expected) => {
    const decision = decidePromote(history, { ...base, commentId: 900, requested });
    const flat = "action" in decision ? { ...decision, step: decision.plan.step } : decision;
    expect(flat).toMatchObject(expected);
  });

  test("the finished step is the one that exists, with the status it lacks", () => {
    const decision = decidePromote([stable, five, bare], {
      ...base,
      commentId: 900,
      requested: 25,
    });
    expect(decision).toMatchObject({
      action: "finish",
      deploymentId: 3,
      needsStatus: true,
      percentNow: 25,
      plan: { step: 25, from: 5, payload: { comment_id: 501 } },
    });
  });

  test("another PR's step, or a rollback, without status is not this command's to finish", () => {
    const other = { ...bare, payload: { ...bare.payload, pull_request: 43 } };
    expect(
      decidePromote([stable, five, other], { ...base, commentId: 900, requested: 25 }),
    ).toMatchObject({ ok: false, reason: "already-at-step" });
    const rollback = { ...bare, payload: { ...bare.payload, rollout: 0 } };
    expect(
      decidePromote([stable, five, rollback], { ...base, commentId: 900, requested: null }),
    ).toMatchObject({ action: "create", plan: { step: 5 } });
  });
});
