import { iso, type SimContext, type WebhookEvent } from "../sim-context.js";
import type { WorkflowRunRecord } from "../store/records.js";
import { serializeWorkflowRun } from "../serialize/serialize-workflow-run.js";
import { basePayload } from "./base-payload.js";

/** `workflow_run.<action>` with the run and its workflow. */
export function buildWorkflowRunEvent(
  ctx: SimContext,
  action: "requested" | "in_progress" | "completed",
  run: WorkflowRunRecord,
  sender: string,
): WebhookEvent {
  const repo = ctx.store.repoOf(run);
  const payload = basePayload(ctx, "workflow_run", action, repo, sender);
  const repoUrl = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}`;
  payload.workflow_run = serializeWorkflowRun(ctx, run);
  payload.workflow = {
    id: 1,
    node_id: ctx.store.nodeIdFor("W", 1),
    name: run.name,
    path: run.path,
    state: "active",
    created_at: iso(repo.createdAt),
    updated_at: iso(repo.createdAt),
    url: `${repoUrl}/actions/workflows/1`,
    html_url: `${ctx.urls.web}/${repo.owner}/${repo.name}/blob/${repo.defaultBranch}/${run.path}`,
    badge_url: `${ctx.urls.web}/${repo.owner}/${repo.name}/workflows/${encodeURIComponent(run.name)}/badge.svg`,
  };
  return { name: "workflow_run", payload };
}
