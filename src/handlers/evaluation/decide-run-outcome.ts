import {
  problemOfRunConclusion,
  type EvaluationProblemCode,
} from "../../domain/metrics/evaluation-problem.js";
import type { MetricsFile } from "../../domain/metrics/metrics-file.js";
import type { RunMetrics } from "./read-run-metrics.js";

/** The workflow file of `templates/workflows/ml-evaluate.yml` once copied into a repository. */
export const evaluationWorkflowPath = ".github/workflows/ml-evaluate.yml";

/** What to do with a completed run. */
export type RunOutcome =
  | { kind: "evaluate"; file: MetricsFile }
  | { kind: "problem"; code: EvaluationProblemCode; message: string }
  | { kind: "ignore" };

/**
 * Decides whether a completed run is an evaluation and whether it can be judged. A run that
 * uploaded the artifact is an evaluation whatever its conclusion (the upload step ran, so
 * the metrics were written): its metrics are judged, or the artifact's problem is reported.
 * A run without the artifact is reported only when it runs the evaluation template's
 * workflow file — as failed, cancelled, or missing the artifact. Any other run without it
 * (CI, lint, a release job, whether it passed or failed) is not an evaluation: ignored, so
 * that a failing test job cannot overwrite the evaluation gate.
 */
export function decideRunOutcome(
  run: { conclusion: string | null; path: string },
  metrics: RunMetrics,
): RunOutcome {
  if (metrics.ok) return { kind: "evaluate", file: metrics.file };
  if (metrics.code !== "no-artifact") return { kind: "problem", ...pick(metrics) };
  if (run.path !== evaluationWorkflowPath) return { kind: "ignore" };
  const runProblem = problemOfRunConclusion(run.conclusion);
  if (runProblem === null) return { kind: "problem", ...pick(metrics) };
  return { kind: "problem", code: runProblem, message: run.conclusion ?? "" };
}

function pick(metrics: { code: EvaluationProblemCode; message: string }) {
  return { code: metrics.code, message: metrics.message };
}
