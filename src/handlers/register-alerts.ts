import type { Probot } from "probot";

/** Registers the handlers for repository_dispatch mlops-alert: incidents, retraining tasks and automatic rollback. */
export function registerAlerts(_app: Probot): void {
  // Filled in by the alerts capability.
}
