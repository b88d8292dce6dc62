import type { Config } from "../../config/schema.js";
import type { EvaluationProblemCode } from "../../domain/metrics/evaluation-problem.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import { renderEvaluationProblem } from "../../render/render-metrics-problem.js";
import { renderTemplate } from "../../render/render-template.js";
import type { AppContext } from "../support/app-context.js";
import type { EvaluationRun } from "./describe-run.js";

/** The hidden marker of a problem note: one per problem and commit. */
export function evaluationProblemMarker(code: EvaluationProblemCode, sha: string): string {
  return `<!-- mlops-bot:evaluation-problem code=${code} sha=${sha} -->`;
}

/**
 * An evaluation that could not be judged (after `mlops/evaluation` was failed saying why):
 * the PR gets one note for this problem on this commit (a re-run with the same problem
 * updates it, never adds a second). Nothing else changes.
 */
export async function reportEvaluationProblem(
  context: AppContext,
  run: EvaluationRun,
  pullNumber: number,
  problem: { code: EvaluationProblemCode; message: string; artifact: string | null },
  config: Pick<Config["metrics"], "artifact" | "file">,
): Promise<void> {
  const { owner, repo, headSha } = run;
  const output = renderEvaluationProblem(problem.code, {
    artifact: problem.artifact ?? config.artifact,
    file: config.file,
    message: problem.message,
    run: { label: run.label, url: run.url },
  });
  // Always reported as failure (the check says so), even where nothing was wrong with what
  // was sent (a cancelled run, a fork's run): nothing was judged either.
  context.log.info({ run: run.id, pull: pullNumber, problem: problem.code }, "evaluation problem");
  const marker = evaluationProblemMarker(problem.code, headSha);
  const body = renderTemplate("evaluation-problem-comment.md", {
    marker,
    ...output,
    sha: headSha.slice(0, 7),
  }).trimEnd();
  await ensureComment(context.octokit, { owner, repo, issue_number: pullNumber }, marker, body);
}
