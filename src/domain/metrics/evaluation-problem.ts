/**
 * Why an evaluation could not be judged, in the order the app meets them: where the run came
 * from, the run, the artifact download, the zip, the file.
 */
export const evaluationProblemCodes = [
  "fork-run",
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
 * The problem for a completed `workflow_run` that did not succeed, or null when its metrics
 * can be read. Conclusions as GitHub reports them (`timed_out`, `startup_failure`, …).
 */
export function problemOfRunConclusion(conclusion: string | null): EvaluationProblemCode | null {
  if (conclusion === "success" || conclusion === "neutral") return null;
  if (conclusion === "cancelled" || conclusion === "skipped" || conclusion === "stale")
    return "run-cancelled";
  return "run-failed";
}
