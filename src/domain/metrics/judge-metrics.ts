import { compareMetrics, type MetricsComparison } from "./compare-metrics.js";
import { evaluateGate, type GateResult } from "./evaluate-gate.js";
import type { MetricsBaseline } from "./metrics-baseline.js";
import type { MetricsGateConfig } from "./metrics-gate-config.js";

/**
 * A metrics file judged against its baseline: the table the comment shows and the verdict
 * of `mlops/evaluation`. One function for the app and the CLI, so `mlops-bot metrics
 * render` prints what the app would post.
 */
export function judgeMetrics(
  file: { metrics: Record<string, number> },
  baseline: MetricsBaseline,
  config: MetricsGateConfig,
): { comparison: MetricsComparison; gate: GateResult } {
  return {
    comparison: compareMetrics(file, baseline, config),
    gate: evaluateGate(file, baseline, config),
  };
}
