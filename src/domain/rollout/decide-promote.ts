import type { AppDeployment } from "./deployment-record.js";
import { findExisting } from "./find-existing.js";
import { foldRollout } from "./fold-rollout.js";
import { planPromote, type PromoteInput, type PromotePlan } from "./plan-promote.js";
import type { RolloutRefusal } from "./rollout-reason-codes.js";

/** What an accepted `/promote` does: create the step, or finish the one its comment already made. */
export type PromoteDecision =
  | { action: "create"; plan: PromotePlan; seenUpTo: number }
  | { action: "finish"; plan: PromotePlan; deploymentId: number; percentNow: number };

/**
 * Decides a `/promote` from the history re-read right before acting. A deployment tagged with
 * this comment's id means a redelivery: the plan is made again from the history as it stood
 * before that deployment, so the reply and the card come out the same and nothing new is
 * created. Otherwise `planPromote` decides on the current state; `seenUpTo` (the newest id read)
 * lets the caller spot a replica that made the same step meanwhile (see `findRaceWinner`).
 */
export function decidePromote(
  history: readonly AppDeployment[],
  input: Omit<PromoteInput, "state"> & { environment: string; now: Date },
): PromoteDecision | RolloutRefusal {
  const { environment, now, commentId } = input;
  const model = input.deploymentIssue?.model ?? "";
  const version = input.deploymentIssue?.version ?? "";
  const rollout = input.requested ?? -1;
  const found = findExisting(history, commentId, { environment, model, version, rollout });
  const mine = found !== null && commentId !== null && found.payload.comment_id === commentId;
  const before = mine ? history.filter((d) => d.id < found.id) : history;
  const state = foldRollout(before, { environment, model, now });
  const plan = planPromote({
    ...input,
    state,
    requested: mine ? found.payload.rollout : input.requested,
  });
  if (!plan.ok) return plan;
  if (mine) {
    // The card shows where the rollout stands now: later steps may have followed this one.
    const latest = foldRollout(history, { environment, model, now });
    const percentNow =
      latest.canary?.version === version
        ? latest.canary.percent
        : latest.stable?.version === version
          ? 100
          : 0;
    return { action: "finish", plan, deploymentId: found.id, percentNow };
  }
  return { action: "create", plan, seenUpTo: Math.max(0, ...history.map((d) => d.id)) };
}
