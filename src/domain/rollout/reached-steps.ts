import type { AppDeployment } from "./deployment-record.js";
import { isFailed, latestStatus } from "./latest-status.js";
import { orderDeployments } from "./order-deployments.js";

/**
 * The steps `version`'s current rollout went through at the instant `now`, lowest first, so the
 * card ticks those and marks a step jumped over (5% → 25% → 100% leaves 50%) as skipped. A
 * step whose deploy job failed did not happen; a rollback of the version, or another version
 * reaching 100%, starts the list again.
 */
export function reachedSteps(
  deployments: readonly AppDeployment[],
  scope: { environment: string; model: string; version: string; now: Date },
): number[] {
  const asOf = scope.now.getTime();
  let reached: number[] = [];
  for (const deployment of orderDeployments(deployments)) {
    const { payload } = deployment;
    if (deployment.environment !== scope.environment || payload.model !== scope.model) continue;
    if (!(Date.parse(deployment.createdAt) <= asOf)) continue;
    if (isFailed(latestStatus(deployment.statuses, asOf))) continue;
    if (payload.version !== scope.version) {
      if (payload.rollout === 100) reached = [];
    } else if (payload.rollout === 0) reached = [];
    else reached.push(payload.rollout);
  }
  return [...new Set(reached)].sort((a, b) => a - b);
}
