import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { DeploymentRecord, IssueRecord, RepoRecord } from "../store/records.js";
import { serializeDeployment } from "../serialize/serialize-deployment.js";
import { serializePull } from "../serialize/serialize-pull.js";
import { serializeRepo } from "../serialize/serialize-repo.js";
import { serializeLogin, serializeOrganization } from "../serialize/serialize-user.js";

/**
 * `deployment_protection_rule.requested`. `@octokit/webhooks-examples` has no example:
 * the shape follows the OpenAPI `x-webhooks` schema `deployment-protection-rule-requested`.
 */
export function buildProtectionRuleEvent(
  ctx: SimContext,
  input: {
    repo: RepoRecord;
    environment: string;
    event: string;
    runId: number;
    sha: string;
    ref: string;
    deployment: DeploymentRecord | null;
    pulls: IssueRecord[];
    sender: string;
  },
): WebhookEvent {
  const { repo } = input;
  const owner = ctx.store.requireUser(repo.owner);
  const payload: Record<string, unknown> = {
    action: "requested",
    environment: input.environment,
    event: input.event,
    sha: input.sha,
    ref: input.ref,
    deployment_callback_url: `${ctx.urls.api}/repos/${repo.owner}/${repo.name}/actions/runs/${input.runId}/deployment_protection_rule`,
    deployment: input.deployment ? serializeDeployment(ctx, input.deployment) : null,
    pull_requests: input.pulls.map((p) => serializePull(ctx, p)),
    repository: serializeRepo(ctx, repo),
    ...(owner.type === "Organization" ? { organization: serializeOrganization(ctx, owner) } : {}),
    installation: {
      id: ctx.installationId,
      node_id: ctx.store.nodeIdFor("MDIz", ctx.installationId),
    },
    sender: serializeLogin(ctx, input.sender),
  };
  return { name: "deployment_protection_rule", payload };
}
