import type { Config } from "../../config/schema.js";
import { renderResultsSection } from "../../render/render-metrics-results.js";
import type { AppContext } from "../support/app-context.js";
import type { EvaluationRun } from "./describe-run.js";
import type { JudgedMetrics } from "./judge-evaluation.js";
import { postMetricsComment } from "./post-metrics-comment.js";
import { updateExperimentCards } from "./update-experiment-cards.js";

/**
 * Reports one model's judged evaluation on the PR (after the gate was written): the model's
 * sticky PR comment, then the experiment cards the PR closes. Every write is an "ensure": a
 * redelivery writes nothing.
 */
export async function postEvaluation(
  context: AppContext,
  run: EvaluationRun,
  pullNumber: number,
  evaluation: JudgedMetrics,
  config: Config,
): Promise<void> {
  const { owner, repo } = run;
  const judged = { ...evaluation, run: { label: run.label, url: run.url } };
  const comment = await postMetricsComment(
    context.octokit,
    { owner, repo, issue_number: pullNumber },
    judged,
  );
  context.log.info(
    {
      run: run.id,
      pull: pullNumber,
      model: judged.file.model,
      baseline: judged.comparison.baseline.source,
      gate: judged.gate.conclusion,
      comment: comment.action,
    },
    "evaluation posted",
  );
  await updateExperimentCards(
    context,
    { owner, repo, number: pullNumber },
    { file: judged.file, results: renderResultsSection(judged) },
    config,
  );
}
