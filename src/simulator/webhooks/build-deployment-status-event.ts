import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { DeploymentRecord, DeploymentStatusRecord } from "../store/records.js";
import {
  serializeDeployment,
  serializeDeploymentStatus,
} from "../serialize/serialize-deployment.js";
import { basePayload } from "./base-payload.js";

/** `deployment_status.created` for a status just added to a deployment. */
export function buildDeploymentStatusEvent(
  ctx: SimContext,
  deployment: DeploymentRecord,
  status: DeploymentStatusRecord,
  sender: string,
): WebhookEvent {
  const repo = ctx.store.repoOf(deployment);
  const payload = basePayload(ctx, "deployment_status", "created", repo, sender);
  payload.deployment = serializeDeployment(ctx, deployment);
  payload.deployment_status = serializeDeploymentStatus(ctx, deployment, status);
  payload.check_run = null;
  payload.workflow = null;
  payload.workflow_run = null;
  return { name: "deployment_status", payload };
}
