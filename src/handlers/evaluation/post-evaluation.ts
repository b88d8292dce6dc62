import type { Config } from "../../config/schema.js";
import { judgeMetrics } from "../../domain/metrics/judge-metrics.js";
import { resolveMetricsBaseline } from "../../domain/metrics/metrics-baseline.js";
import type { MetricsFile } from "../../domain/metrics/metrics-file.js";
import { gateCheckNames } from "../../github/checks/read-gates.js";
import { upsertCheckRun } from "../../github/checks/upsert-check-run.js";
import { renderResultsSection } from "../../render/render-metrics-results.js";
import { renderEvaluationSummary } from "../../render/render-metrics-summary.js";
import type { AppContext } from "../support/app-context.js";
import type { EvaluationRun } from "./describe-run.js";
import { fetchLiveModel } from "./fetch-live-model.js";
import { postMetricsComment } from "./post-metrics-comment.js";
import { updateExperimentCards } from "./update-experiment-cards.js";

/**
 * Judges a run's metrics against the live model (else the file's baseline) and reports it:
 * the gate `mlops/evaluation` first (what `/promote` waits for), then the model's sticky PR
 * comment, then the experiment cards the PR closes. Every write is an "ensure": a redelivery
 * writes nothing.
 */
export async function postEvaluation(
  context: AppContext,
  run: EvaluationRun,
  pullNumber: number,
  file: MetricsFile,
  input: { config: Config; botLogin: string; appId: number },
): Promise<void> {
  const { config } = input;
  const { owner, repo } = run;
  const live = await fetchLiveModel(
    context.octokit,
    { owner, repo, environment: config.rollout.environment, model: file.model },
    input.botLogin,
    run.completedAt,
  );
  const baseline = resolveMetricsBaseline({ live, fileBaseline: file.baseline });
  const { comparison, gate } = judgeMetrics(file, baseline, config.metrics);
  const judged = { file, comparison, gate, run: { label: run.label, url: run.url } };
  const check = await upsertCheckRun(
    context.octokit,
    { owner, repo, headSha: run.headSha, name: gateCheckNames.evaluation, appId: input.appId },
    { conclusion: gate.conclusion, ...renderEvaluationSummary(judged), detailsUrl: run.url },
  );
  const comment = await postMetricsComment(
    context.octokit,
    { owner, repo, issue_number: pullNumber },
    judged,
  );
  context.log.info(
    {
      run: run.id,
      pull: pullNumber,
      model: file.model,
      baseline: baseline.source,
      gate: gate.conclusion,
      check: check.action,
      comment: comment.action,
    },
    "evaluation posted",
  );
  const results = renderResultsSection(judged);
  await updateExperimentCards(
    context,
    { owner, repo, number: pullNumber },
    { file, results },
    config,
  );
}
