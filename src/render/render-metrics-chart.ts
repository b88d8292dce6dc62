import type { HistoryPoint } from "../domain/metrics/append-history.js";
import { formatMetricValue } from "../domain/metrics/format-metric-value.js";
import { renderTemplate } from "./render-template.js";

/**
 * A Mermaid `xychart-beta` line chart of the primary metric over this PR's runs
 * (templates/metrics-chart.md); GitHub renders it in place, no image is uploaded.
 * Mermaid strings cannot escape quotes, so names are reduced to a safe alphabet.
 */
export function renderMetricsChart(metric: string, points: readonly HistoryPoint[]): string | null {
  if (points.length === 0) return null;
  const values = points.map((p) => p.value);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  // Pad the axis so a flat series or a single point is not drawn on the frame.
  const pad = high > low ? (high - low) * 0.1 : Math.abs(high) * 0.05 || 1;
  return renderTemplate("metrics-chart.md", {
    metric: mermaidText(metric),
    labels: points.map((p) => `"${mermaidText(p.label)}"`).join(", "),
    min: formatMetricValue(low - pad),
    max: formatMetricValue(high + pad),
    values: values.map(formatMetricValue).join(", "),
  }).trimEnd();
}

function mermaidText(text: string): string {
  return [...text.replace(/[^\p{L}\p{N} _.:#=/%+-]/gu, "_")].slice(0, 40).join("");
}
