import type { Probot } from "probot";
import { onCommandComment } from "./rollout/on-command-comment.js";
import { onDeploymentStatus } from "./rollout/on-deployment-status.js";
import type { AppIdentity } from "./support/app-identity.js";
import type { KeyedLock } from "./support/keyed-lock.js";

/** Registers the handlers for issue_comment commands and deployment_status: the canary rollout. */
export function registerRollout(app: Probot, identity: AppIdentity, lock: KeyedLock): void {
  const botLogin = identity.login;
  app.on("issue_comment.created", onCommandComment({ botLogin, appId: identity.id, lock }));
  app.on("deployment_status.created", onDeploymentStatus({ botLogin }));
}
