import type { Probot } from "probot";

/** Registers the handlers for issue_comment commands and deployment_status: the canary rollout. */
export function registerRollout(_app: Probot): void {
  // Filled in by the rollout capability.
}
