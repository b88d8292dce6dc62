import { iso, isoOrNull, type SimContext } from "../sim-context.js";
import type { CheckRunRecord } from "../store/records.js";
import { openPullsAt } from "../ops/open-pulls-at.js";
import { serializeAppById } from "./serialize-app.js";
import { serializePullRef } from "./serialize-pull.js";

/** GitHub's `check-run` shape. */
export function serializeCheckRun(ctx: SimContext, run: CheckRunRecord): Record<string, unknown> {
  const repo = ctx.store.repoOf(run);
  const repoUrl = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}`;
  const url = `${repoUrl}/check-runs/${run.id}`;
  const pulls = openPullsAt(repo, run.headSha);
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: run.nodeId,
    external_id: run.externalId,
    url,
    html_url: `${ctx.urls.web}/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: iso(run.startedAt),
    completed_at: isoOrNull(run.completedAt),
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotationsCount,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 500_000 },
    app: serializeAppById(ctx, run.appId),
    pull_requests: pulls.map((p) => serializePullRef(ctx, p)),
  };
}
