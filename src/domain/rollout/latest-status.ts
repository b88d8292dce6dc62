import type { DeploymentRecord, DeploymentState } from "./deployment-record.js";

// On a timestamp tie (whole seconds), the state that can only come later wins.
const rank: Record<DeploymentState, number> = {
  pending: 0,
  queued: 0,
  in_progress: 1,
  success: 2,
  failure: 2,
  error: 2,
  inactive: 3,
};

/**
 * The state of a deployment at an instant: its latest status created at or before `asOf`
 * (epoch milliseconds), or null when it had none yet.
 */
export function latestStatus(
  statuses: DeploymentRecord["statuses"],
  asOf: number = Number.POSITIVE_INFINITY,
): DeploymentState | null {
  let best: { state: DeploymentState; time: number } | null = null;
  for (const status of statuses) {
    const time = Date.parse(status.createdAt);
    if (!(time <= asOf)) continue;
    if (
      !best ||
      time > best.time ||
      (time === best.time && rank[status.state] > rank[best.state])
    ) {
      best = { state: status.state, time };
    }
  }
  return best?.state ?? null;
}

/** Whether a deployment in this state failed, so it did not move traffic. */
export function isFailed(state: DeploymentState | null): boolean {
  return state === "failure" || state === "error";
}
