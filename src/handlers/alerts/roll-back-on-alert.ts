import type { Config } from "../../config/schema.js";
import type { Alert } from "../../domain/alerts/alert-payload.js";
import { renderAlertReason } from "../../render/render-alert-comments.js";
import type { AppContext } from "../support/app-context.js";
import type { RollbackResult } from "../rollout/execute-rollback.js";
import type { ExecuteRollback } from "./alert-deps.js";

/**
 * Rolls the canary back as `/rollback` does (the rollout capability replies on the PR), with
 * the alert as the reason. It runs before anything else is written for the alert: the
 * safety action must not wait on the issues API. The deployment records `alert_delivery`,
 * so a redelivery finishes this rollback instead of starting another.
 */
export async function rollBackOnAlert(
  context: AppContext,
  rollback: ExecuteRollback,
  input: {
    owner: string;
    repo: string;
    config: Config;
    /** The config could not be used (defaults): the card waits, as the alert's own cards do. */
    configError: unknown;
    botLogin: string;
    alert: Alert;
    at: Date;
    deliveryId: string;
  },
): Promise<RollbackResult> {
  const { owner, repo, alert } = input;
  const result = await rollback(context, {
    owner,
    repo,
    model: alert.model,
    reason: renderAlertReason({ alert, at: input.at }),
    commentId: null,
    alertDelivery: input.deliveryId,
    config: input.config,
    skipBoard: input.configError !== null,
    botLogin: input.botLogin,
  });
  context.log.info({ model: alert.model, result }, "automatic rollback");
  return result;
}
