import type { Probot } from "probot";
import { onEvaluationRun } from "./evaluation/on-evaluation-run.js";
import type { AppIdentity } from "./support/app-identity.js";
import type { KeyedLock } from "./support/keyed-lock.js";

/** Registers the handlers for workflow_run.completed: evaluation metrics become a PR comment, the card's Results and the mlops/evaluation check. */
export function registerEvaluation(app: Probot, identity: AppIdentity, lock: KeyedLock): void {
  app.on(
    "workflow_run.completed",
    onEvaluationRun({ botLogin: identity.login, appId: identity.id, lock }),
  );
}
