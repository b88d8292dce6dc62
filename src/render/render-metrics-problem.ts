import type { EvaluationProblemCode } from "../domain/metrics/evaluation-problem.js";
import { oneLine, renderCheckOutput } from "./render-metrics-check-output.js";

/** The specifics of a problem, for the message. */
export interface EvaluationProblemDetails {
  /** `metrics.artifact` of the config. */
  artifact: string;
  /** `metrics.file` of the config. */
  file: string;
  /**
   * What the reader, parser or adapter said (sizes, the JSON position, one schema error a
   * line), or the run's conclusion for `run-failed`.
   */
  message?: string | undefined;
  run?: { label: string; url?: string | undefined } | undefined;
}

/**
 * The check-run output (and the PR's note) for an evaluation that could not be judged:
 * what went wrong and how to fix it, from templates/evaluation-problem-<code>.md.
 */
export function renderEvaluationProblem(
  code: EvaluationProblemCode,
  details: EvaluationProblemDetails,
): { title: string; summary: string } {
  const lines = (details.message ?? "").split("\n").filter((line) => line.trim() !== "");
  return renderCheckOutput(`evaluation-problem-${code}.md`, {
    ...details,
    titleFile: oneLine(details.file, 60),
    // Messages can quote the artifact (a schema error quotes a value): escaped, one a line.
    lines: lines.slice(0, 20).map((line) => oneLine(line, 300)),
  });
}
