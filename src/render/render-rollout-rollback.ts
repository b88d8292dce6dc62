import { renderTemplate } from "./render-template.js";

/** What a rollback did. */
export interface RollbackView {
  /** The command as typed; null for an automatic rollback. */
  command?: string | null;
  model: string;
  version: string;
  stableVersion: string | null;
  reason: string | null;
  deploymentId: number;
  environment: string;
  automatic: boolean;
}

/** The reply on the PR after a rollback (templates/rollout-rolled-back.md). */
export function renderRolloutRollback(view: RollbackView): string {
  return renderTemplate("rollout-rolled-back.md", {
    ...view,
    command: view.command ?? null,
  }).trimEnd();
}
