import type { Config } from "../../config/schema.js";
import { findCausedBy } from "../../domain/rollout/find-caused-by.js";
import { findUnfinishedStep } from "../../domain/rollout/find-unfinished-step.js";
import { foldRollout } from "../../domain/rollout/fold-rollout.js";
import { latestStatus } from "../../domain/rollout/latest-status.js";
import { planRollback } from "../../domain/rollout/plan-rollback.js";
import type { RolloutReasonCode } from "../../domain/rollout/rollout-reason-codes.js";
import { listAppDeployments } from "../../github/deployments/list-app-deployments.js";
import { markInactive } from "../../github/deployments/mark-inactive.js";
import { setDeploymentStatus } from "../../github/deployments/set-deployment-status.js";
import { renderRolloutRollback } from "../../render/render-rollout-rollback.js";
import type { AppContext } from "../support/app-context.js";
import { createRolloutStep } from "./create-rollout-step.js";
import { finishStep, leavingUndone } from "./step-left-undone-error.js";
import { replyToCommand } from "./reply-to-command.js";
import { updatePullCard } from "./update-pull-card.js";
import { updateRolloutCard } from "./update-rollout-card.js";

/** What a rollback needs: the model, why, and the comment that asked (null: an alert). */
export interface RollbackInput {
  owner: string;
  repo: string;
  model: string;
  reason: string;
  commentId: number | null;
  /** The alert's webhook delivery id, for an automatic rollback: recorded as `alert_delivery`. */
  alertDelivery?: string;
  /** The command as the reply quotes it; absent for an automatic rollback. */
  command?: string;
  /**
   * The model's deployment card, already found through the PR `pullRequest` closing it: used
   * when the rollout rolled back is that PR's, instead of reading the PR's links again.
   */
  card?: { pullRequest: number; number: number; nodeId: string };
  /**
   * Leave the deployment card alone: an alert handled with the default config (the file is
   * broken) cannot know the team's board, and must not create one.
   */
  skipBoard?: boolean;
  config: Config;
  botLogin: string;
}

/** Done (the `rollout: 0` deployment), or refused with a reason code and a plain-text message. */
export type RollbackResult =
  | { ok: true; pullRequest: number; deploymentId: number; version: string }
  | { ok: false; reason: RolloutReasonCode; message: string };

/**
 * Sends all of a model's traffic back to the stable version (`/rollback`, or an alert during a
 * rollout): re-reads the history, creates the `rollout: 0` deployment of the canary version,
 * marks the canary's steps inactive, unticks the card's rollout boxes, sets `Rollout %` to 0 and
 * replies on the PR. A redelivery finds the deployment its comment (`comment_id`) or its alert
 * delivery (`alert_delivery`) made and only finishes what is missing; with nothing in progress
 * it is refused and nothing changes.
 */
export async function executeRollback(
  context: AppContext,
  input: RollbackInput,
): Promise<RollbackResult> {
  const { owner, repo, model, config } = input;
  const { environment } = config.rollout;
  const history = await listAppDeployments(
    context.octokit,
    { owner, repo, environment },
    input.botLogin,
  );
  // Only the deployment this comment (or alert delivery) caused counts: after another person's
  // rollback, nothing is left. A redelivery plans from the history as it stood before its own
  // rollback, then finishes it.
  const existing = findCausedBy(history, input) ?? unfinishedRollback(history, environment, model);
  const before = existing ? history.filter((d) => d.id < existing.id) : history;
  const plan = planRollback({
    state: foldRollout(before, { environment, model, now: new Date() }),
    reason: input.reason || null,
    commentId: input.commentId,
    alertDelivery: input.alertDelivery,
  });
  if (!plan.ok) return plan;
  const target = { owner, repo };
  const description = `Rollback of ${model} ${plan.payload.version}${input.reason ? `: ${input.reason}` : ""}`;
  const later = ["inactive", "card", "reply"] as const;
  let deploymentId = existing?.id;
  if (deploymentId === undefined) {
    const seenUpTo = Math.max(0, ...history.map((d) => d.id));
    const step = await leavingUndone(later, () =>
      createRolloutStep(context, target, { ...plan, description, seenUpTo }, input.botLogin),
    );
    if (!step.ok)
      return {
        ok: false,
        reason: "nothing-to-roll-back",
        message: `Deployment ${step.winner} rolled ${model} back at the same moment.`,
      };
    deploymentId = step.deploymentId;
  }
  const id = deploymentId;
  const made = { deploymentId: id, environment, model, version: plan.payload.version, rollout: 0 };
  // A redelivery (or a retyped /rollback) whose first try died before the `in_progress` status.
  const needsStatus = existing !== null && latestStatus(existing.statuses) === null;
  const setStatus = () =>
    setDeploymentStatus(
      context.octokit,
      { ...target, deploymentId: id },
      { state: "in_progress", description },
    );
  const stillActive = history
    .filter((d) => plan.markInactive.includes(d.id) && latestStatus(d.statuses) !== "inactive")
    .map((d) => d.id);
  const pullRequest = plan.payload.pull_request;
  const { card } = input;
  const updateCard = () =>
    card?.pullRequest === pullRequest
      ? updateRolloutCard(context, { owner, repo, ...card }, 0, config)
      : updatePullCard(context, { owner, repo, pullRequest, model }, 0, config);
  const body = renderRolloutRollback({
    command: input.command ?? null,
    model,
    version: plan.payload.version,
    stableVersion: plan.payload.stable_version,
    reason: input.reason || null,
    deploymentId,
    environment,
    automatic: input.commentId === null,
  });
  const reply = () =>
    replyToCommand(
      context,
      { owner, repo, issue_number: pullRequest },
      input.commentId ?? `rollback-${id}`,
      body,
    );
  await finishStep(made, [
    ["status", needsStatus ? setStatus : null],
    [
      "inactive",
      () => markInactive(context.octokit, target, stillActive, `Rolled back by deployment ${id}`),
    ],
    ["card", input.skipBoard ? null : updateCard],
    ["reply", reply],
  ]);
  return { ok: true, pullRequest, deploymentId, version: plan.payload.version };
}

/** A rollback created by an earlier try that died before its first status: this one finishes it. */
function unfinishedRollback(
  history: Parameters<typeof findUnfinishedStep>[0],
  environment: string,
  model: string,
) {
  const unfinished = findUnfinishedStep(history, { environment, model });
  return unfinished?.payload.rollout === 0 ? unfinished : null;
}
