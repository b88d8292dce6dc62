import type { Probot } from "probot";

/** Registers the handlers for workflow_run.completed: evaluation metrics become a PR comment, the card's Results and the mlops/evaluation check. */
export function registerEvaluation(_app: Probot): void {
  // Filled in by the evaluation capability.
}
