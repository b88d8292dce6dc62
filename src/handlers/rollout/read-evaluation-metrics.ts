import type { Config } from "../../config/schema.js";
import { readRunMetrics } from "../evaluation/read-run-metrics.js";
import type { AppContext } from "../support/app-context.js";

/** Completed runs of the head SHA looked at, newest first, before giving up. */
const MAX_RUNS = 5;

/**
 * The metrics of the latest evaluation of `model` on a commit: the `metrics.json` of the newest
 * completed workflow run of that SHA whose artifact names this model — the same file the
 * `mlops/evaluation` check judged, read as numbers rather than from rendered Markdown. Empty when
 * no run of the commit evaluated the model (the `evaluation` gate refuses that when required).
 */
export async function readEvaluationMetrics(
  context: AppContext,
  target: { owner: string; repo: string; sha: string; model: string },
  metrics: Pick<Config["metrics"], "artifact" | "file">,
): Promise<Record<string, number>> {
  const { owner, repo, sha, model } = target;
  const { data } = await context.octokit.rest.actions.listWorkflowRunsForRepo({
    owner,
    repo,
    head_sha: sha,
    status: "completed",
    per_page: MAX_RUNS,
  });
  for (const run of data.workflow_runs.slice(0, MAX_RUNS)) {
    const file = await readRunMetrics(
      context.octokit.rest.actions,
      { owner, repo, id: run.id },
      metrics,
    );
    if (file.ok && file.file.model === model) return file.file.metrics;
  }
  context.log.info({ sha, model }, "no evaluation of the model on the head SHA");
  return {};
}
