import type { Config } from "../../config/schema.js";
import type { Alert } from "../../domain/alerts/alert-payload.js";
import type { AutoRollbackDecision } from "../../domain/alerts/plan-auto-rollback.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import { renderAlertReason, renderAlertRollback } from "../../render/render-alert-comments.js";
import type { AppContext } from "../support/app-context.js";
import type { RollbackResult } from "../rollout/execute-rollback.js";
import type { ExecuteRollback } from "./alert-deps.js";

/**
 * Rolls the canary back as `/rollback` does (the rollout capability replies on the PR),
 * with the alert as the reason, and says so on the incident: done, or why not. A rollout
 * that another alert already rolled back (`nothing-to-roll-back`) is not news: no comment.
 */
export async function rollBackOnAlert(
  context: AppContext,
  rollback: ExecuteRollback,
  input: {
    owner: string;
    repo: string;
    config: Config;
    botLogin: string;
    alert: Alert;
    at: Date;
    incident: number;
    deliveryId: string;
    decision: Extract<AutoRollbackDecision, { rollBack: true }>;
    stable: string | null;
  },
): Promise<RollbackResult> {
  const { owner, repo, alert, decision } = input;
  const reason = renderAlertReason({ alert, at: input.at, incident: input.incident });
  const result = await rollback(context, {
    owner,
    repo,
    model: alert.model,
    reason,
    commentId: null,
    alertDelivery: input.deliveryId,
    config: input.config,
    botLogin: input.botLogin,
  });
  context.log.info({ model: alert.model, incident: input.incident, result }, "automatic rollback");
  if (!result.ok && result.reason === "nothing-to-roll-back") return result;
  const note = renderAlertRollback({
    key: result.ok ? String(result.deploymentId) : input.deliveryId,
    model: alert.model,
    environment: alert.environment,
    version: decision.version,
    percent: decision.percent,
    pullRequest: decision.pullRequest,
    outcome: result.ok
      ? { ok: true, deploymentId: result.deploymentId, stable: input.stable }
      : { ok: false, message: result.message },
  });
  await ensureComment(
    context.octokit,
    { owner, repo, issue_number: input.incident },
    note.marker,
    note.body,
  );
  return result;
}
