import type { AppDeployment } from "./deployment-record.js";
import { orderDeployments } from "./order-deployments.js";

/**
 * A model's newest deployment in the environment when it has no status at all: the command that
 * made it failed right after creating it (its `in_progress` status never got written, nor the
 * card). A retyped command finishes that step, as the error reply promised, instead of being
 * refused as "already at that step" or "nothing to roll back". Null when the newest has a status.
 */
export function findUnfinishedStep(
  history: readonly AppDeployment[],
  scope: { environment: string; model: string },
): AppDeployment | null {
  const newest = orderDeployments(history)
    .filter((d) => d.environment === scope.environment && d.payload.model === scope.model)
    .at(-1);
  return newest && newest.statuses.length === 0 ? newest : null;
}
