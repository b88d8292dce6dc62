import { formatMetricDelta, formatMetricValue } from "../domain/metrics/format-metric-value.js";
import type { MetricRow, MetricsComparison } from "../domain/metrics/compare-metrics.js";

/**
 * Prepares text from an artifact (or a deployment payload) for a template, before Mustache
 * escapes it: clipped, so that one 10,000-character slice name cannot eat the comment's size
 * budget; and with a zero-width space in `://` and `www.`, because GFM turns bare URLs into
 * links even when their punctuation is escaped.
 */
export function artifactText(text: string, max = 120): string {
  const chars = [...text];
  const clipped = chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
  return clipped
    .replace(/:\/\//g, ":\u200B//")
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200B.`);
}

/** A value cell: the number, or `—` when there is none (digits only: safe unescaped). */
export function metricValueCell(value: number | null): string {
  return value === null ? "—" : formatMetricValue(value);
}

/**
 * The delta cell: ▲/▼ for the direction of the change, ✅/❌ for whether that is better
 * for this metric (higher_is_better or not), `=` for no change.
 */
export function metricDeltaCell(row: MetricRow): string {
  if (row.delta === null || row.mark === null) return "—";
  if (row.mark === "same") return "= 0";
  const arrow = row.delta > 0 ? "▲" : "▼";
  return `${arrow} ${formatMetricDelta(row.delta)} ${row.mark === "better" ? "✅" : "❌"}`;
}

/** Whole seconds as people say them: `45 s`, `13 min 32 s`, `2 h 5 min`. */
export function durationText(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** The baseline for templates: `{live|file|none: true, version}`, the version made safe. */
export function baselineView(baseline: MetricsComparison["baseline"]) {
  return {
    [baseline.source]: true,
    version: baseline.version === undefined ? null : artifactText(baseline.version, 40),
  };
}

/** `model` and `version` of metrics.json, made safe for a template. */
export function modelView(file: { model: string; version?: string | undefined }) {
  return {
    model: artifactText(file.model, 200),
    version: file.version === undefined ? null : artifactText(file.version, 100),
  };
}
