import type { Probot } from "probot";
import type { LabelKeeper } from "./labels/create-label-keeper.js";
import { onAlert } from "./alerts/on-alert.js";
import { executeRollback } from "./rollout/execute-rollback.js";
import type { AppIdentity } from "./support/app-identity.js";
import type { KeyedLock } from "./support/keyed-lock.js";

/** Registers the handlers for repository_dispatch mlops-alert: incidents, retraining tasks and automatic rollback. */
export function registerAlerts(
  app: Probot,
  identity: AppIdentity,
  lock: KeyedLock,
  labels: LabelKeeper,
): void {
  app.on(
    "repository_dispatch",
    onAlert({
      lock,
      botLogin: identity.login,
      rollback: executeRollback,
      labels,
      now: () => new Date(),
    }),
  );
}
