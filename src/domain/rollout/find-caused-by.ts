import type { AppDeployment } from "./deployment-record.js";
import { orderDeployments } from "./order-deployments.js";

/** What made a deployment: a command's comment, or (with no comment) an alert's webhook delivery. */
export interface DeploymentCause {
  commentId: number | null;
  alertDelivery?: string | undefined;
}

/**
 * The deployment a command's comment (`comment_id`) or an alert's delivery (`alert_delivery`)
 * already made, so that a redelivered webhook finishes that step instead of making another.
 * The oldest wins: a redelivery racing its first delivery leaves the loser marked `error`.
 */
export function findCausedBy(
  history: readonly AppDeployment[],
  cause: DeploymentCause,
): AppDeployment | null {
  const { commentId, alertDelivery } = cause;
  const caused = orderDeployments(history).find((d) =>
    commentId !== null
      ? d.payload.comment_id === commentId
      : alertDelivery !== undefined && d.payload.alert_delivery === alertDelivery,
  );
  return caused ?? null;
}
