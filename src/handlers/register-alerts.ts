import type { Probot } from "probot";
import { onAlert } from "./alerts/on-alert.js";
import { executeRollback } from "./rollout/execute-rollback.js";
import type { AppIdentity } from "./support/app-identity.js";
import { createKeyedLock } from "./support/keyed-lock.js";

/** Registers the handlers for repository_dispatch mlops-alert: incidents, retraining tasks and automatic rollback. */
export function registerAlerts(app: Probot, identity: AppIdentity): void {
  app.on(
    "repository_dispatch",
    onAlert({
      lock: createKeyedLock(),
      botLogin: identity.login,
      rollback: executeRollback,
      now: () => new Date(),
    }),
  );
}
