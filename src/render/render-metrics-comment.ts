import { GITHUB_TEXT_LIMIT } from "../domain/github-text-limit.js";
import { appendHistory, type HistoryPoint } from "../domain/metrics/append-history.js";
import type { MetricsComparison } from "../domain/metrics/compare-metrics.js";
import type { GateResult } from "../domain/metrics/evaluate-gate.js";
import { metricValue } from "../domain/metrics/metric-value.js";
import type { MetricsFile } from "../domain/metrics/metrics-file.js";
import {
  artifactText,
  baselineView,
  durationText,
  metricValueCell,
  modelView,
} from "./render-metrics-cells.js";
import { renderMetricsChart } from "./render-metrics-chart.js";
import { renderGateResult } from "./render-metrics-gate.js";
import { renderHistoryMarker } from "./render-metrics-history.js";
import { renderMetricsTable } from "./render-metrics-table.js";
import { renderTemplate } from "./render-template.js";

/** Wider slice tables do not read on a PR page. */
const maxSliceColumns = 8;

/** What the sticky metrics comment shows. */
export interface MetricsCommentInput {
  file: MetricsFile;
  comparison: MetricsComparison;
  gate: GateResult;
  /** Earlier points of the chart: readHistory(the existing comment, primary metric). */
  history: readonly HistoryPoint[];
  /** This run: its label on the chart (e.g. `#12`) and its page. */
  run: { label: string; url?: string | undefined };
}

/**
 * The hidden marker that makes the comment sticky: one comment per model on a PR. The name
 * is URI-encoded, so no model name can end the HTML comment or match another model's marker.
 */
export function metricsCommentMarker(model: string): string {
  return `<!-- mlops-bot:metrics model=${encodeURIComponent(model)} -->`;
}

/**
 * The sticky PR comment (templates/metrics-comment.md): gate, metrics table, baseline used,
 * chart of the primary metric over this PR's runs, slices, dataset, runner, parameters and the
 * run link, with the chart's points stored in a hidden marker for the next run. Stays within
 * GitHub's limit: slices go first, then parameters, then metric rows, saying what was left out.
 */
export function renderMetricsComment(input: MetricsCommentInput): string {
  const { file, comparison } = input;
  const primaryValue = metricValue(file.metrics, comparison.primary);
  const history =
    primaryValue === null
      ? [...input.history]
      : appendHistory(input.history, {
          label: artifactText(input.run.label, 40),
          value: primaryValue,
        });
  const slices = sliceTable(file.slices ?? {});
  const params = Object.entries(file.params ?? {}).map(([name, value]) => ({
    name: artifactText(name),
    value: artifactText(String(value)),
  }));
  const view = {
    marker: metricsCommentMarker(file.model),
    ...modelView(file),
    gate: renderGateResult(input.gate),
    baseline: baselineView(comparison.baseline),
    chart: renderMetricsChart(comparison.primary, history),
    dataset: file.dataset && {
      name: artifactText(file.dataset.name),
      version: file.dataset.version === undefined ? null : artifactText(file.dataset.version),
    },
    runner: file.runner && runnerView(file.runner),
    run: input.run,
    history: renderHistoryMarker(comparison.primary, history),
  };
  const all = {
    metrics: comparison.rows.length,
    slices: slices.rows.length,
    params: params.length,
  };
  const render = (limit: typeof all) =>
    renderTemplate("metrics-comment.md", {
      ...view,
      table: renderMetricsTable(comparison, { maxRows: limit.metrics }),
      slices: slices.rows.length > 0 && {
        ...slices,
        rows: slices.rows.slice(0, limit.slices),
        total: slices.rows.length,
        omittedRows: slices.rows.length - limit.slices || null,
      },
      params: params.length > 0 && {
        rows: params.slice(0, limit.params),
        total: params.length,
        omitted: params.length - limit.params || null,
      },
    });
  const fits = (limit: typeof all) => render(limit).length <= GITHUB_TEXT_LIMIT;
  let limit = all;
  for (const part of ["slices", "params", "metrics"] as const) {
    if (fits(limit)) break;
    const fewest = { ...limit, [part]: 0 };
    if (!fits(fewest)) {
      limit = fewest;
      continue;
    }
    limit = { ...limit, [part]: largestFitting(all[part], (n) => fits({ ...limit, [part]: n })) };
  }
  return render(limit).trimEnd();
}

function sliceTable(slices: Record<string, Record<string, number>>) {
  const names = [...new Set(Object.values(slices).flatMap((metrics) => Object.keys(metrics)))];
  const columns = names.slice(0, maxSliceColumns);
  return {
    columns: columns.map((c) => artifactText(c, 40)),
    omittedColumns: names.length - columns.length || null,
    rows: Object.entries(slices).map(([name, metrics]) => ({
      name: artifactText(name),
      cells: columns.map((c) => metricValueCell(metricValue(metrics, c))),
    })),
  };
}

function runnerView(runner: NonNullable<MetricsFile["runner"]>) {
  const count = runner.gpu_count ?? (runner.gpu ? 1 : 0);
  return {
    gpu: runner.gpu && count > 0 ? `${artifactText(runner.gpu, 60)} × ${count}` : "no GPU",
    duration: runner.duration_s === undefined ? null : durationText(runner.duration_s),
  };
}

/** The largest n in [0, max] with fits(n), for a fits that holds up to some n and not after. */
function largestFitting(max: number, fits: (n: number) => boolean): number {
  let [low, high] = [0, max];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
