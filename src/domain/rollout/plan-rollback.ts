import type { DeploymentPayload } from "./deployment-payload-schema.js";
import type { RolloutRefusal } from "./rollout-reason-codes.js";
import type { RolloutState } from "./rollout-state.js";

/** The deployment to create for an accepted `/rollback` (or an automatic one on an alert). */
export interface RollbackPlan {
  ok: true;
  environment: string;
  /** The canary's SHA: the rollback deployment's `ref`. */
  ref: string;
  /** `rollout: 0` for the canary version: the stable version takes all traffic. */
  payload: DeploymentPayload;
  /** The canary's earlier deployments, to set `inactive` once the rollback is created. */
  markInactive: number[];
}

/**
 * Decides what a rollback does: send all traffic back to the stable version, recording why. Only
 * an unfinished rollout can be rolled back; a finished one is replaced by promoting another
 * version.
 */
export function planRollback(input: {
  state: RolloutState;
  reason: string | null;
  commentId: number | null;
  /** The alert's webhook delivery id, for an automatic rollback. */
  alertDelivery?: string | undefined;
}): RollbackPlan | RolloutRefusal {
  const { state } = input;
  const { canary } = state;
  if (!canary) {
    const stable = state.stable ? ` ${state.stable.version} serves all traffic.` : "";
    return {
      ok: false,
      reason: "nothing-to-roll-back",
      message: `No rollout of ${state.model} is in progress in ${state.environment}.${stable} To replace a finished version, promote another one.`,
    };
  }
  const payload: DeploymentPayload = {
    model: state.model,
    version: canary.version,
    rollout: 0,
    stable_version: state.stable?.version ?? null,
    metrics: canary.metrics,
    pull_request: canary.pullRequest,
    ...(input.commentId === null ? {} : { comment_id: input.commentId }),
    ...(input.alertDelivery ? { alert_delivery: input.alertDelivery } : {}),
    ...(input.reason ? { reason: input.reason } : {}),
  };
  const { environment } = state;
  return {
    ok: true,
    environment,
    ref: canary.sha,
    payload,
    markInactive: [...canary.deploymentIds],
  };
}
