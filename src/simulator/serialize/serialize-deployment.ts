import { iso, type SimContext } from "../sim-context.js";
import type { DeploymentRecord, DeploymentStatusRecord } from "../store/records.js";
import { performedVia } from "./serialize-app.js";
import { serializeLogin } from "./serialize-user.js";

/** GitHub's `deployment` shape. */
export function serializeDeployment(
  ctx: SimContext,
  deployment: DeploymentRecord,
): Record<string, unknown> {
  const repo = ctx.store.repoOf(deployment);
  const repoUrl = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}`;
  const url = `${repoUrl}/deployments/${deployment.id}`;
  return {
    url,
    id: deployment.id,
    node_id: deployment.nodeId,
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: serializeLogin(ctx, deployment.creator),
    created_at: iso(deployment.createdAt),
    updated_at: iso(deployment.updatedAt),
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl,
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
    performed_via_github_app: performedVia(ctx, deployment.creator),
  };
}

/** GitHub's `deployment-status` shape. */
export function serializeDeploymentStatus(
  ctx: SimContext,
  deployment: DeploymentRecord,
  status: DeploymentStatusRecord,
): Record<string, unknown> {
  const repo = ctx.store.repoOf(deployment);
  const repoUrl = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}`;
  const deploymentUrl = `${repoUrl}/deployments/${deployment.id}`;
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: status.nodeId,
    state: status.state,
    creator: serializeLogin(ctx, status.creator),
    description: status.description,
    environment: status.environment,
    target_url: status.targetUrl,
    created_at: iso(status.createdAt),
    updated_at: iso(status.createdAt),
    deployment_url: deploymentUrl,
    repository_url: repoUrl,
    environment_url: status.environmentUrl,
    log_url: status.logUrl,
    performed_via_github_app: performedVia(ctx, status.creator),
  };
}
