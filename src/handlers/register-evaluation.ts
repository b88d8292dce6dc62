import type { Probot } from "probot";
import { onEvaluationRun } from "./evaluation/on-evaluation-run.js";
import { createBotLogin } from "./support/bot-login.js";
import { createKeyedLock } from "./support/keyed-lock.js";

/** Registers the handlers for workflow_run.completed: evaluation metrics become a PR comment, the card's Results and the mlops/evaluation check. */
export function registerEvaluation(app: Probot): void {
  app.on(
    "workflow_run.completed",
    onEvaluationRun({ botLogin: createBotLogin(app), lock: createKeyedLock() }),
  );
}
