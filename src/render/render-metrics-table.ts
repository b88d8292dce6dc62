import type { MetricsComparison } from "../domain/metrics/compare-metrics.js";
import { artifactText, metricDeltaCell, metricValueCell } from "./render-metrics-cells.js";
import { renderTemplate } from "./render-template.js";

/**
 * The headline metrics table (templates/metrics-table.md): value, baseline value and delta
 * per metric; without a baseline only the values. `maxRows` keeps the first rows (the
 * primary metric comes first) and says how many were left out.
 */
export function renderMetricsTable(
  comparison: MetricsComparison,
  options: { maxRows?: number } = {},
): string {
  const { baseline } = comparison;
  const shown = comparison.rows.slice(0, options.maxRows ?? comparison.rows.length);
  return renderTemplate("metrics-table.md", {
    hasBaseline: baseline.source !== "none",
    live: baseline.source === "live",
    version: baseline.version !== undefined ? artifactText(baseline.version, 40) : null,
    rows: shown.map((row) => ({
      metric: artifactText(row.metric),
      primary: row.primary,
      direction: row.higherIsBetter ? "↑" : "↓",
      value: row.value === null ? "missing" : metricValueCell(row.value),
      baseline: metricValueCell(row.baseline),
      delta: metricDeltaCell(row),
    })),
    omitted: comparison.rows.length - shown.length || null,
    total: comparison.rows.length,
  }).trimEnd();
}
