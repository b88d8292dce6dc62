import type { AppDeployment } from "./deployment-record.js";
import { isFailed, latestStatus } from "./latest-status.js";
import { orderDeployments } from "./order-deployments.js";

/** The deployment a command would create. */
export interface IntendedStep {
  environment: string;
  model: string;
  version: string;
  /** The step's percent; 0 for a rollback. */
  rollout: number;
}

/**
 * Finds a deployment that already does what a command asks, so that a redelivered webhook or
 * two replicas acting on the same moment create one deployment per step. Re-read the history
 * right before creating and call this: a deployment tagged with the same comment id is the
 * redelivery's; otherwise, when the model's latest deployment that did not fail in that
 * environment already is this version at this step, a concurrent command made it.
 */
export function findExisting(
  deployments: readonly AppDeployment[],
  commentId: number | null,
  step: IntendedStep,
): AppDeployment | null {
  const ordered = orderDeployments(deployments);
  if (commentId !== null) {
    const caused = ordered.find((d) => d.payload.comment_id === commentId);
    if (caused) return caused;
  }
  const latest = ordered
    .filter((d) => d.environment === step.environment && d.payload.model === step.model)
    .reverse()
    .find((d) => !isFailed(latestStatus(d.statuses)));
  const same = latest?.payload.version === step.version && latest.payload.rollout === step.rollout;
  return same ? latest : null;
}
