import { iso, type SimContext } from "../sim-context.js";
import type { ArtifactRecord, WorkflowRunRecord } from "../store/records.js";
import { serializePullRef } from "./serialize-pull.js";
import { serializeRepo } from "./serialize-repo.js";
import { serializeLogin } from "./serialize-user.js";

/** GitHub's `workflow-run` shape. */
export function serializeWorkflowRun(
  ctx: SimContext,
  run: WorkflowRunRecord,
): Record<string, unknown> {
  const repo = ctx.store.repoOf(run);
  const headRepo = ctx.store.repoByFullName(run.headRepo) ?? repo;
  const repoUrl = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}`;
  const url = `${repoUrl}/actions/runs/${run.id}`;
  const pulls = run.pullRequests.flatMap((n) => {
    const pr = repo.issues.get(n);
    return pr?.pull ? [serializePullRef(ctx, pr)] : [];
  });
  return {
    id: run.id,
    name: run.name,
    node_id: run.nodeId,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.name,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: 1,
    check_suite_id: run.id + 700_000,
    check_suite_node_id: ctx.store.nodeIdFor("CS", run.id + 700_000),
    check_suite_url: `${repoUrl}/check-suites/${run.id + 700_000}`,
    previous_attempt_url: null,
    url,
    html_url: `${ctx.urls.web}/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
    pull_requests: pulls,
    created_at: iso(run.createdAt),
    updated_at: iso(run.updatedAt),
    actor: serializeLogin(ctx, run.actor),
    triggering_actor: serializeLogin(ctx, run.actor),
    run_attempt: 1,
    run_started_at: iso(run.createdAt),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    workflow_url: `${repoUrl}/actions/workflows/1`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha,
      message: "",
      timestamp: iso(run.createdAt),
    },
    repository: serializeRepo(ctx, repo),
    head_repository: serializeRepo(ctx, headRepo),
  };
}

/** GitHub's `artifact` shape; `archive_download_url` answers with a redirect. */
export function serializeArtifact(
  ctx: SimContext,
  artifact: ArtifactRecord,
): Record<string, unknown> {
  const repo = ctx.store.repoOf(artifact);
  const run = ctx.store.workflowRuns.get(artifact.runId);
  const url = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}/actions/artifacts/${artifact.id}`;
  const expired = ctx.store.now() >= artifact.expiresAt;
  return {
    id: artifact.id,
    node_id: artifact.nodeId,
    name: artifact.name,
    size_in_bytes: artifact.zip.byteLength,
    url,
    archive_download_url: `${url}/zip`,
    expired,
    created_at: iso(artifact.createdAt),
    expires_at: iso(artifact.expiresAt),
    updated_at: iso(artifact.createdAt),
    workflow_run: run
      ? {
          id: run.id,
          repository_id: repo.id,
          head_repository_id: (ctx.store.repoByFullName(run.headRepo) ?? repo).id,
          head_branch: run.headBranch,
          head_sha: run.headSha,
        }
      : null,
  };
}
