import { HttpError } from "../http/http-error.js";
import type { RestContext, RestRequest, Route } from "../http/route-types.js";
import { paginateList } from "../http/paginate-list.js";
import type { ArtifactRecord, WorkflowRunRecord } from "../store/records.js";
import { serializeArtifact, serializeWorkflowRun } from "../serialize/serialize-workflow-run.js";
import { newestFirst, numberParam, requireOwned, requireRepo } from "./lookup.js";

/** Where the short-lived artifact URLs point, like GitHub's blob storage. */
export const BLOB_ORIGIN = "https://productionresultssa0.blob.core.windows.net";

function requireRun(ctx: RestContext, req: RestRequest): WorkflowRunRecord {
  return requireOwned(
    requireRepo(ctx, req),
    ctx.store.workflowRuns.get(numberParam(req, "run_id")),
  );
}

function artifactList(ctx: RestContext, req: RestRequest, artifacts: ArtifactRecord[]) {
  const name = req.query.get("name");
  const matching = newestFirst(artifacts).filter((a) => !name || a.name === name);
  return paginateList(
    req,
    matching.map((a) => serializeArtifact(ctx, a)),
    (page, total) => ({ total_count: total, artifacts: page }),
  );
}

/**
 * Actions: runs (get, list), artifacts (per run, per repository, get) and the zip
 * download, which answers 302 to a one-minute URL that this same fetch serves.
 */
export const actionRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/actions/runs",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const q = (k: string) => req.query.get(k);
      const runs = newestFirst([...ctx.store.workflowRuns.values()]).filter(
        (r) =>
          r.repo === `${repo.owner}/${repo.name}` &&
          (!q("head_sha") || r.headSha === q("head_sha")) &&
          (!q("branch") || r.headBranch === q("branch")) &&
          (!q("event") || r.event === q("event")) &&
          (!q("status") || r.status === q("status") || r.conclusion === q("status")),
      );
      return paginateList(
        req,
        runs.map((r) => serializeWorkflowRun(ctx, r)),
        (page, total) => ({ total_count: total, workflow_runs: page }),
      );
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/actions/runs/{run_id}",
    handler: (ctx, req) => ({ status: 200, body: serializeWorkflowRun(ctx, requireRun(ctx, req)) }),
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
    handler: (ctx, req) => {
      const run = requireRun(ctx, req);
      const artifacts = [...ctx.store.artifacts.values()].filter((a) => a.runId === run.id);
      return artifactList(ctx, req, artifacts);
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/actions/artifacts",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const full = `${repo.owner}/${repo.name}`;
      return artifactList(
        ctx,
        req,
        [...ctx.store.artifacts.values()].filter((a) => a.repo === full),
      );
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
    handler: (ctx, req) => {
      const artifact = requireOwned(
        requireRepo(ctx, req),
        ctx.store.artifacts.get(numberParam(req, "artifact_id")),
      );
      return { status: 200, body: serializeArtifact(ctx, artifact) };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
    handler: (ctx, req) => {
      const artifact = requireOwned(
        requireRepo(ctx, req),
        ctx.store.artifacts.get(numberParam(req, "artifact_id")),
      );
      if (req.params.archive_format !== "zip") {
        throw new HttpError(422, { message: "Invalid archive format", status: "422" });
      }
      if (ctx.store.now() >= artifact.expiresAt) {
        throw new HttpError(410, { message: "Artifact has expired", status: "410" });
      }
      return {
        status: 302,
        headers: { location: `${BLOB_ORIGIN}${ctx.mintDownload(artifact.id)}` },
      };
    },
  },
  {
    method: "GET",
    pattern: "/actions-results/{token}/artifact.zip",
    auth: "none",
    handler: (ctx, req) => {
      const artifact = ctx.store.artifacts.get(ctx.redeemDownload(req.path) ?? -1);
      if (!artifact) {
        throw new HttpError(403, { message: "AuthenticationFailed: the signed URL expired" });
      }
      return { status: 200, body: artifact.zip, headers: { "content-type": "application/zip" } };
    },
  },
];
