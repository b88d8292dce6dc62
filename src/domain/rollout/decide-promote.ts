import type { AppDeployment } from "./deployment-record.js";
import { findCausedBy } from "./find-caused-by.js";
import { findUnfinishedStep } from "./find-unfinished-step.js";
import { foldRollout } from "./fold-rollout.js";
import { latestStatus } from "./latest-status.js";
import { planPromote, type PromoteInput, type PromotePlan } from "./plan-promote.js";
import type { PromoteRefusal } from "./rollout-reason-codes.js";
import type { RolloutState } from "./rollout-state.js";

/** What an accepted `/promote` does: create the step, or finish the one its comment already made. */
export type PromoteDecision =
  | { action: "create"; plan: PromotePlan; seenUpTo: number }
  | {
      action: "finish";
      plan: PromotePlan;
      deploymentId: number;
      percentNow: number;
      /** The deployment has no status yet: the first delivery stopped before setting `in_progress`. */
      needsStatus: boolean;
    };

/**
 * Decides a `/promote` from the history re-read right before acting. A deployment tagged with
 * this comment's id means a redelivery: the step is done, so the outcome is rebuilt from that
 * deployment (its payload, SHA and the share before it) without judging the PR, the gates or
 * the steps again (they may have changed since, and refusing would contradict the deployment).
 * Otherwise `planPromote` decides on the current state; `seenUpTo` (the newest id read) lets
 * the caller spot a replica that made the same step meanwhile (see `findRaceWinner`). A new
 * comment retyping a command whose step was created but never got a status (the first try
 * failed right after creating it) finishes that step too, rather than making another.
 */
export function decidePromote(
  history: readonly AppDeployment[],
  input: Omit<PromoteInput, "state"> & { environment: string; now: Date },
): PromoteDecision | PromoteRefusal {
  const { environment, now, commentId } = input;
  const found = findCausedBy(history, { commentId });
  if (found !== null) return finish(history, found, now);
  const retried = retriedStep(history, input);
  if (retried !== null) return finish(history, retried, now);
  const model = input.deploymentIssue?.model ?? "";
  const state = foldRollout(history, { environment, model, now });
  const plan = planPromote({ ...input, state });
  if (!plan.ok) return plan;
  return { action: "create", plan, seenUpTo: Math.max(0, ...history.map((d) => d.id)) };
}

/** The step a retyped `/promote` (that step, or a bare `/promote`) should finish, if any. */
function retriedStep(
  history: readonly AppDeployment[],
  input: Pick<PromoteInput, "deploymentIssue" | "pr" | "requested"> & { environment: string },
): AppDeployment | null {
  const issue = input.deploymentIssue;
  if (issue === null) return null;
  const unfinished = findUnfinishedStep(history, {
    environment: input.environment,
    model: issue.model,
  });
  if (unfinished === null) return null;
  const { payload } = unfinished;
  // This PR's step of this version (not a rollback), and the command asks for that step.
  const ours = payload.version === issue.version && payload.pull_request === input.pr.number;
  const same = input.requested === null || input.requested === payload.rollout;
  return ours && payload.rollout > 0 && same ? unfinished : null;
}

/** The outcome of the step a comment already made, as it was planned and as it stands now. */
function finish(
  history: readonly AppDeployment[],
  found: AppDeployment,
  now: Date,
): PromoteDecision {
  const { payload, environment } = found;
  const scope = { environment, model: payload.model, now };
  const before = foldRollout(
    history.filter((d) => d.id < found.id),
    scope,
  );
  // The card shows where the rollout stands now: later steps may have followed this one.
  const latest = foldRollout(history, scope);
  const plan: PromotePlan = {
    ok: true,
    environment,
    ref: found.sha,
    payload,
    step: payload.rollout,
    from: shareOf(before, payload.version),
    isFinal: payload.rollout === 100,
  };
  return {
    action: "finish",
    plan,
    deploymentId: found.id,
    percentNow: shareOf(latest, payload.version),
    needsStatus: latestStatus(found.statuses) === null,
  };
}

/** The percent of traffic `version` has in a folded state. */
function shareOf(state: RolloutState, version: string): number {
  if (state.canary?.version === version) return state.canary.percent;
  return state.stable?.version === version ? 100 : 0;
}
