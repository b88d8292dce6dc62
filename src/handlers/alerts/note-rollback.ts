import type { Alert } from "../../domain/alerts/alert-payload.js";
import type { AutoRollbackDecision } from "../../domain/alerts/plan-auto-rollback.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import type { AppComment } from "../../github/issues/list-app-comments.js";
import { renderAlertRollback } from "../../render/render-alert-comments.js";
import type { AppContext } from "../support/app-context.js";
import type { RollbackResult } from "../rollout/execute-rollback.js";
import type { Settled } from "./settle.js";

/**
 * Says on the incident what the automatic rollback did: done, refused, or failed on a GitHub
 * error (then the delivery is marked failed, and its redelivery finishes the rollback and
 * rewrites the note to "done"). A rollout another alert already rolled back (`nothing-to-roll-back`) is not
 * news: no comment. The incident's comments are read at most once per delivery (`comments`).
 */
export async function noteRollback(
  context: AppContext,
  input: {
    owner: string;
    repo: string;
    alert: Alert;
    incident: { number: number; comments: () => Promise<AppComment[]> };
    deliveryId: string;
    decision: Extract<AutoRollbackDecision, { rollBack: true }>;
    stable: string | null;
    result: Settled<RollbackResult>;
  },
): Promise<void> {
  const { alert, decision, result } = input;
  if (result.ok && !result.value.ok && result.value.reason === "nothing-to-roll-back") return;
  const done = result.ok && result.value.ok ? result.value : null;
  const note = renderAlertRollback({
    // One note per delivery: its redelivery turns a failure into "done" in place.
    key: input.deliveryId,
    model: alert.model,
    environment: alert.environment,
    version: decision.version,
    percent: decision.percent,
    pullRequest: decision.pullRequest,
    outcome: done
      ? { ok: true, deploymentId: done.deploymentId, stable: input.stable }
      : { ok: false, message: failureMessage(result) },
  });
  const existing =
    (await input.incident.comments()).find((c) => c.body.includes(note.marker)) ?? null;
  const target = { owner: input.owner, repo: input.repo, issue_number: input.incident.number };
  await ensureComment(context.octokit, target, note.marker, note.body, existing);
}

function failureMessage(result: Settled<RollbackResult>): string {
  if (result.ok) return result.value.ok ? "" : result.value.message;
  const status = (result.error as { status?: unknown }).status;
  const answer = typeof status === "number" ? `GitHub answered ${status}` : "an error stopped it";
  return `${answer}. This alert's delivery is marked failed, and its redelivery retries the rollback.`;
}
