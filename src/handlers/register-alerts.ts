import type { Probot } from "probot";
import { onAlert } from "./alerts/on-alert.js";
import { executeRollback } from "./rollout/execute-rollback.js";
import { createBotLogin } from "./support/bot-login.js";
import { createKeyedLock } from "./support/keyed-lock.js";

/** Registers the handlers for repository_dispatch mlops-alert: incidents, retraining tasks and automatic rollback. */
export function registerAlerts(app: Probot): void {
  app.on(
    "repository_dispatch",
    onAlert({
      lock: createKeyedLock(),
      botLogin: createBotLogin(app),
      rollback: executeRollback,
      now: () => new Date(),
    }),
  );
}
