import { renderTemplate } from "./render-template.js";

/** The reply when the deploy job reports failure or error on a rollout step. */
export function renderRolloutDeployFailed(view: {
  state: string;
  model: string;
  version: string;
  step: number;
  deploymentId: number;
  description: string | null;
  /** The version's share now that the step failed; null when it has none. */
  current: number | null;
  /** An http(s) link to the job's log, checked by the caller. */
  logUrl: string | null;
}): string {
  return renderTemplate("rollout-deploy-failed.md", view).trimEnd();
}
