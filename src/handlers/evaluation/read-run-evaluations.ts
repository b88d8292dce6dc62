import type { Config } from "../../config/schema.js";
import type { EvaluationSource } from "../../domain/metrics/evaluation-record.js";
import {
  listMetricsArtifacts,
  type ArtifactsApi,
} from "../../github/artifacts/download-artifact.js";
import { decideRunOutcome, type RunOutcome } from "./decide-run-outcome.js";
import type { EvaluationRun } from "./describe-run.js";
import { readListedMetrics } from "./read-run-metrics.js";

/** One evaluation a run gave: where it came from and what it holds. */
export interface RunEvaluation {
  source: EvaluationSource;
  outcome: Exclude<RunOutcome, { kind: "ignore" }>;
}

/**
 * The evaluations of a completed run, one per metrics artifact (`metrics.artifact` or
 * `metrics.artifact-<anything>`: one model each); empty when the run is not an evaluation.
 * A run from a fork is not downloaded at all unless `metrics.trust_forks`: its artifact is
 * whatever the fork's workflow chose to upload, so it counts as one problem (`fork-run`).
 */
export async function readRunEvaluations(
  api: ArtifactsApi,
  run: EvaluationRun,
  config: Pick<Config["metrics"], "artifact" | "file" | "trust_forks">,
): Promise<RunEvaluation[]> {
  const { owner, repo } = run;
  const artifacts = await listMetricsArtifacts(
    api,
    { owner, repo, runId: run.id },
    config.artifact,
  );
  const source = (artifact: string | null): EvaluationSource => ({
    run_id: run.id,
    artifact,
    path: run.path,
    completed_at: run.completedAt.toISOString(),
    label: run.label,
    url: run.url,
  });
  if (artifacts.length === 0) {
    const message = `the run uploaded no artifact named ${config.artifact}`;
    const outcome = decideRunOutcome(run, { ok: false, code: "no-artifact", message });
    if (outcome.kind === "ignore") return [];
    if (run.fromFork && !config.trust_forks) return [forkRun(source(null))];
    return [{ source: source(null), outcome }];
  }
  if (run.fromFork && !config.trust_forks) return [forkRun(source(null))];
  const evaluations: RunEvaluation[] = [];
  for (const artifact of artifacts) {
    const metrics = await readListedMetrics(api, { owner, repo }, artifact, config.file);
    const outcome = decideRunOutcome(run, metrics);
    if (outcome.kind !== "ignore") evaluations.push({ source: source(artifact.name), outcome });
  }
  return evaluations;
}

function forkRun(source: EvaluationSource): RunEvaluation {
  const message = "the run's head repository is a fork";
  return { source, outcome: { kind: "problem", code: "fork-run", message } };
}
