import type { Config } from "../../config/schema.js";
import type { MetricsFile } from "../../domain/metrics/metrics-file.js";
import { readEvaluationRecord } from "../../github/checks/read-evaluation-record.js";
import { readRunMetrics } from "../evaluation/read-run-metrics.js";
import type { AppContext } from "../support/app-context.js";

/** Which model's evaluation, on which commit, among the check runs of which app. */
export interface ModelEvaluationTarget {
  owner: string;
  repo: string;
  sha: string;
  model: string;
  /** This app's id: only its own `mlops/evaluation` holds the record. */
  appId: number;
}

/**
 * The latest evaluation of `model` on a commit, found through the app's own record of it (the
 * run id and artifact `mlops/evaluation` reported), not by searching the commit's runs: the
 * metrics file that check judged, read again as numbers, and the id of the run that produced
 * it (the deployment's `record.evaluation_run`). Null when the check records no evaluation of
 * the model, or its artifact can no longer be read (the `evaluation` gate refuses that).
 */
export async function readModelEvaluation(
  context: AppContext,
  target: ModelEvaluationTarget,
  metrics: Pick<Config["metrics"], "artifact" | "file">,
): Promise<{ runId: number; file: MetricsFile } | null> {
  const { owner, repo, sha, model, appId } = target;
  const { record } = await readEvaluationRecord(context.octokit, { owner, repo, sha, appId });
  const entry = record.models[model];
  if (!entry) {
    context.log.info({ sha, model }, "no recorded evaluation of the model on the head SHA");
    return null;
  }
  const read = await readRunMetrics(
    context.octokit.rest.actions,
    { owner, repo, id: entry.run_id },
    { artifact: entry.artifact ?? metrics.artifact, file: metrics.file },
  );
  if (!read.ok || read.file.model !== model) {
    context.log.warn(
      { sha, model, run: entry.run_id, problem: read.ok ? "other model" : read.code },
      "recorded evaluation no longer readable",
    );
    return null;
  }
  return { runId: entry.run_id, file: read.file };
}

/** The metrics of the latest evaluation of `model` on a commit; empty when there is none. */
export async function readEvaluationMetrics(
  context: AppContext,
  target: ModelEvaluationTarget,
  metrics: Pick<Config["metrics"], "artifact" | "file">,
): Promise<Record<string, number>> {
  return (await readModelEvaluation(context, target, metrics))?.file.metrics ?? {};
}
