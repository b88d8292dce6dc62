import { expect, test } from "vitest";
import { decidePromote } from "../../../src/domain/rollout/decide-promote.js";
import { findRaceWinner } from "../../../src/domain/rollout/find-race-winner.js";
import { deployment } from "./history.js";

const base = {
  environment: "production",
  now: new Date("2026-10-05T00:00:00Z"),
  steps: [5, 25, 50, 100],
  gates: [{ name: "checklist" as const, ok: true, detail: "ok" }],
  pr: { number: 42, state: "open" as const, headSha: "sha42" },
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
