import { expect, test } from "vitest";
import { rolloutReasonCodes } from "../../../src/domain/rollout/rollout-reason-codes.js";

test("the closed list of refusals (templates key on these)", () => {
  expect(rolloutReasonCodes).toEqual([
    "no-permission",
    "pr-closed",
    "no-deployment-issue",
    "rollout-of-other-version-in-progress",
    "already-complete",
    "no-next-step",
    "not-a-step",
    "already-at-step",
    "not-above-current",
    "gate-failing",
    "nothing-to-roll-back",
  ]);
});
