import { formatMetricValue as fmt } from "./format-metric-value.js";
import type { MetricsBaseline } from "./metrics-baseline.js";
import { metricValue } from "./metric-value.js";
import type { MetricsGateConfig } from "./metrics-gate-config.js";

/** Why a metric fails the gate. */
export type GateFailureCode = "below-min" | "above-max" | "missing" | "regression";

/** One failing metric: its value (null when missing) and the bound it broke, as text. */
export interface GateFailure {
  metric: string;
  value: number | null;
  bound: string;
  code: GateFailureCode;
}

/** The verdict of `mlops/evaluation`. */
export interface GateResult {
  conclusion: "success" | "failure";
  failures: GateFailure[];
}

/**
 * The evaluation gate: `success` when every threshold holds (a thresholded metric the file
 * lacks fails) and the primary metric is present and did not worsen by more than
 * `max_regression` against the baseline (a change exactly at the bound passes).
 */
export function evaluateGate(
  file: { metrics: Record<string, number> },
  baseline: MetricsBaseline,
  config: MetricsGateConfig,
): GateResult {
  const failures: GateFailure[] = [];
  for (const [metric, { min, max }] of Object.entries(config.thresholds)) {
    const value = metricValue(file.metrics, metric);
    const bounds = [min !== undefined && `min ${fmt(min)}`, max !== undefined && `max ${fmt(max)}`];
    if (value === null)
      failures.push({ metric, value, code: "missing", bound: bounds.filter(Boolean).join(", ") });
    else if (min !== undefined && value < min)
      failures.push({ metric, value, code: "below-min", bound: `min ${fmt(min)}` });
    else if (max !== undefined && value > max)
      failures.push({ metric, value, code: "above-max", bound: `max ${fmt(max)}` });
  }
  const primary = config.primary;
  const value = metricValue(file.metrics, primary);
  const base = metricValue(baseline.metrics, primary);
  if (value === null) {
    if (!(primary in config.thresholds))
      failures.push({
        metric: primary,
        value,
        code: "missing",
        bound: "required as metrics.primary",
      });
  } else if (base !== null) {
    const higher = config.higher_is_better.includes(primary);
    const worsening = higher ? base - value : value - base;
    // Float noise must not fail a change exactly at the bound (0.925 − 0.915 > 0.01 in IEEE 754).
    const slack = 1e-9 * Math.max(1, Math.abs(base), Math.abs(config.max_regression));
    if (worsening - config.max_regression > slack) {
      const limit = higher ? base - config.max_regression : base + config.max_regression;
      const sign = higher ? "−" : "+";
      failures.push({
        metric: primary,
        value,
        code: "regression",
        bound: `${higher ? "min" : "max"} ${fmt(limit)} (${baselineName(baseline)} ${fmt(base)} ${sign} max_regression ${fmt(config.max_regression)})`,
      });
    }
  }
  return { conclusion: failures.length === 0 ? "success" : "failure", failures };
}

function baselineName(baseline: MetricsBaseline): string {
  if (baseline.source === "live")
    return baseline.version !== undefined ? `live v${baseline.version}` : "live model";
  return "file baseline";
}
