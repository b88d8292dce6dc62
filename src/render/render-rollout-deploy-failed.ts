import { linkTarget } from "./link-target.js";
import { renderTemplate } from "./render-template.js";

/** The reply when the deploy job reports failure or error on a rollout step or a rollback. */
export function renderRolloutDeployFailed(view: {
  state: string;
  model: string;
  version: string;
  /** The step's percent; 0 for a rollback, which is retried with `/rollback`, not `/promote 0%`. */
  step: number;
  deploymentId: number;
  description: string | null;
  /** The version's share now that the step failed; null when it has none. */
  current: number | null;
  /** The deploy job's log link (from the status, so untrusted): dropped unless it is http(s). */
  logUrl: string | null;
}): string {
  return renderTemplate("rollout-deploy-failed.md", {
    ...view,
    rollback: view.step === 0,
    logUrl: view.logUrl === null ? null : linkTarget(view.logUrl),
  }).trimEnd();
}
