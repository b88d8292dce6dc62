import type { Probot } from "probot";
import { onEvaluationRerun } from "./evaluation/on-evaluation-rerun.js";
import { onEvaluationRun } from "./evaluation/on-evaluation-run.js";
import type { AppIdentity } from "./support/app-identity.js";
import type { KeyedLock } from "./support/keyed-lock.js";

/** Registers the handlers for workflow_run.completed and a re-run of mlops/evaluation: evaluation metrics become a PR comment, the card's Results and the mlops/evaluation check. */
export function registerEvaluation(app: Probot, identity: AppIdentity, lock: KeyedLock): void {
  app.on(
    "workflow_run.completed",
    onEvaluationRun({ botLogin: identity.login, appId: identity.id, lock }),
  );
  // "Re-run" on mlops/evaluation; the gates register their own for mlops/checklist.
  app.on(
    "check_run.rerequested",
    onEvaluationRerun({ botLogin: identity.login, appId: identity.id, lock }),
  );
}
