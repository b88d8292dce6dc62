import { decodeEvaluationRecord } from "../../domain/metrics/evaluation-record-marker.js";
import type { EvaluationRecord } from "../../domain/metrics/evaluation-record.js";
import { findAppCheckRun, type AppCheckRun, type CheckRunsReader } from "./find-app-check-run.js";

/** The check run that holds the evaluation record. */
const EVALUATION_CHECK = "mlops/evaluation";

/**
 * The record of a commit's evaluations (each model's latest run and verdict) from the app's
 * own `mlops/evaluation` check run on it, with that run: empty when there is none. Only the
 * app's run is read (`app_id`): a workflow can create a run of the same name with any text.
 */
export async function readEvaluationRecord(
  octokit: CheckRunsReader,
  target: { owner: string; repo: string; sha: string; appId: number },
): Promise<{ record: EvaluationRecord; check: AppCheckRun | null }> {
  const check = await findAppCheckRun(octokit, { ...target, name: EVALUATION_CHECK });
  return { record: decodeEvaluationRecord(check?.output.text), check };
}
