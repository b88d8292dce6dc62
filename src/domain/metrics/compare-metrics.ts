import type { MetricsBaseline } from "./metrics-baseline.js";
import { metricValue } from "./metric-value.js";
import type { MetricsGateConfig } from "./metrics-gate-config.js";

/** One line of the metrics table. */
export interface MetricRow {
  metric: string;
  /** null: a metric the gate needs (thresholded or primary) that the file lacks. */
  value: number | null;
  baseline: number | null;
  /** value − baseline; null without both. */
  delta: number | null;
  higherIsBetter: boolean;
  /** Whether the change is an improvement, by the metric's direction; null without a delta. */
  mark: "better" | "worse" | "same" | null;
  primary: boolean;
}

/** The metrics table: rows plus which baseline they were compared with. */
export interface MetricsComparison {
  primary: string;
  baseline: Omit<MetricsBaseline, "metrics">;
  rows: MetricRow[];
}

/**
 * Compares the file's metrics with the baseline. Rows: the primary metric first, then the
 * file's metrics in its order, then metrics the gate needs that the file lacks.
 */
export function compareMetrics(
  file: { metrics: Record<string, number> },
  baseline: MetricsBaseline,
  config: Pick<MetricsGateConfig, "primary" | "higher_is_better" | "thresholds">,
): MetricsComparison {
  const names = [
    config.primary,
    ...Object.keys(file.metrics),
    ...Object.keys(config.thresholds),
  ].filter((name, i, all) => all.indexOf(name) === i);
  const rows = names.flatMap((metric): MetricRow[] => {
    const value = metricValue(file.metrics, metric);
    const required = metric === config.primary || metric in config.thresholds;
    if (value === null && !required) return [];
    const base = metricValue(baseline.metrics, metric);
    const higherIsBetter = config.higher_is_better.includes(metric);
    const delta = value !== null && base !== null ? value - base : null;
    return [
      {
        metric,
        value,
        baseline: base,
        delta,
        higherIsBetter,
        mark: markOf(delta, base, higherIsBetter),
        primary: metric === config.primary,
      },
    ];
  });
  const source = {
    source: baseline.source,
    ...(baseline.version !== undefined ? { version: baseline.version } : {}),
  };
  return { primary: config.primary, baseline: source, rows };
}

function markOf(
  delta: number | null,
  base: number | null,
  higherIsBetter: boolean,
): MetricRow["mark"] {
  if (delta === null || base === null) return null;
  // Float subtraction leaves noise (0.931 − 0.931 can print as 1e-17): treat it as no change.
  if (Math.abs(delta) <= 1e-12 * Math.max(1, Math.abs(base))) return "same";
  return delta > 0 === higherIsBetter ? "better" : "worse";
}
