import type { Probot } from "probot";
import { onCommandComment } from "./rollout/on-command-comment.js";
import { onDeploymentStatus } from "./rollout/on-deployment-status.js";
import { createBotLogin } from "./support/bot-login.js";
import { createKeyedLock } from "./support/keyed-lock.js";

/** Registers the handlers for issue_comment commands and deployment_status: the canary rollout. */
export function registerRollout(app: Probot): void {
  const botLogin = createBotLogin(app);
  const lock = createKeyedLock();
  app.on("issue_comment.created", onCommandComment({ botLogin, lock }));
  app.on("deployment_status.created", onDeploymentStatus({ botLogin }));
}
