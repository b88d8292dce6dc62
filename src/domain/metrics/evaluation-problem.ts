/**
 * Why an evaluation could not be judged, in the order the app meets them: the run, the
 * artifact download, the zip, the file.
 */
export const evaluationProblemCodes = [
  "run-failed",
  "run-cancelled",
  "no-artifact",
  "artifact-expired",
  "too-large",
  "too-many-entries",
  "bad-zip",
  "zip-bomb",
  "no-file",
  "not-json",
  "schema",
] as const;

export type EvaluationProblemCode = (typeof evaluationProblemCodes)[number];

/**
 * The check-run conclusion for a problem. `neutral` where there is nothing to judge and
 * nothing wrong with what was sent (a cancelled run, an artifact GitHub already deleted);
 * `failure` where the team has something to fix.
 */
export function evaluationProblemConclusion(code: EvaluationProblemCode): "failure" | "neutral" {
  return code === "run-cancelled" || code === "artifact-expired" ? "neutral" : "failure";
}

/**
 * The problem for a completed `workflow_run` that did not succeed, or null when its metrics
 * can be read. Conclusions as GitHub reports them (`timed_out`, `startup_failure`, …).
 */
export function problemOfRunConclusion(conclusion: string | null): EvaluationProblemCode | null {
  if (conclusion === "success" || conclusion === "neutral") return null;
  if (conclusion === "cancelled" || conclusion === "skipped" || conclusion === "stale")
    return "run-cancelled";
  return "run-failed";
}
