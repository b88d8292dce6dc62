import type { Config } from "../../config/schema.js";
import type { MetricsComparison } from "../../domain/metrics/compare-metrics.js";
import type { GateResult } from "../../domain/metrics/evaluate-gate.js";
import { judgeMetrics } from "../../domain/metrics/judge-metrics.js";
import { resolveMetricsBaseline } from "../../domain/metrics/metrics-baseline.js";
import type { MetricsFile } from "../../domain/metrics/metrics-file.js";
import { fetchLiveModel } from "./fetch-live-model.js";
import type { DeploymentHistory } from "./read-history-once.js";

/** A metrics file judged: what the check, the comment and the card show. */
export interface JudgedMetrics {
  file: MetricsFile;
  comparison: MetricsComparison;
  gate: GateResult;
}

/**
 * Judges a metrics file against the model live when its run completed (else the file's
 * baseline) with the current config: the same answer for the first delivery, a redelivery
 * and a re-run of the check after the thresholds changed. `history` is the environment's
 * deployment history (`readHistoryOnce`), shared by every model judged for one event.
 */
export async function judgeEvaluation(
  history: DeploymentHistory,
  target: { completedAt: Date },
  file: MetricsFile,
  config: Pick<Config, "metrics" | "rollout">,
): Promise<JudgedMetrics> {
  const live = await fetchLiveModel(
    history,
    { environment: config.rollout.environment, model: file.model },
    target.completedAt,
  );
  const baseline = resolveMetricsBaseline({ live, fileBaseline: file.baseline });
  return { file, ...judgeMetrics(file, baseline, config.metrics) };
}
