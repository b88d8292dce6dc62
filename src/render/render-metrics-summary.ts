import type { MetricsComparison } from "../domain/metrics/compare-metrics.js";
import type { GateResult } from "../domain/metrics/evaluate-gate.js";
import type { MetricsFile } from "../domain/metrics/metrics-file.js";
import {
  baselineView,
  metricDeltaCell,
  metricValueCell,
  modelView,
} from "./render-metrics-cells.js";
import { MAX_CHECK_OUTPUT } from "../github/checks/upsert-check-run.js";
import { oneLine, renderCheckOutput } from "./render-metrics-check-output.js";
import { renderGateResult } from "./render-metrics-gate.js";
import { renderMetricsTable } from "./render-metrics-table.js";

/** What the `mlops/evaluation` check run reports. */
export interface EvaluationSummaryInput {
  file: Pick<MetricsFile, "model" | "version">;
  comparison: MetricsComparison;
  gate: GateResult;
  run?: { label: string; url?: string | undefined };
}

/**
 * The output of the `mlops/evaluation` check run (templates/evaluation-summary.md): a title
 * naming the verdict, and a summary with each failing metric, its value and bound (or the
 * pass line), then the metrics table, its last rows left out (saying how many) when the
 * summary would pass `maxBytes` of UTF-8 (GitHub's 65,535 bytes, or this model's share of them
 * when the check lists several models): GitHub counts bytes, and a non-ASCII metric name
 * takes two to four.
 */
export function renderEvaluationSummary(
  input: EvaluationSummaryInput,
  maxBytes = MAX_CHECK_OUTPUT,
): {
  title: string;
  summary: string;
} {
  const { comparison, gate } = input;
  const primary = comparison.rows.find((row) => row.primary);
  const failed = [...new Set(gate.failures.map((f) => f.metric))];
  const view = {
    passed: gate.conclusion === "success",
    titleModel: oneLine(input.file.model, 60),
    titlePrimary:
      primary &&
      primary.value !== null &&
      oneLine(
        `${primary.metric} ${metricValueCell(primary.value)}${primary.delta === null ? "" : ` (${metricDeltaCell(primary)})`}`,
      ),
    titleFailed: oneLine(`${failed.length} failing: ${failed.join(", ")}`),
    ...modelView(input.file),
    gate: renderGateResult(gate),
    baseline: baselineView(comparison.baseline),
    run: input.run,
  };
  const render = (rows: number) =>
    renderCheckOutput("evaluation-summary.md", {
      ...view,
      table: renderMetricsTable(comparison, { maxRows: rows }),
    });
  const fits = (rows: number) => Buffer.byteLength(render(rows).summary, "utf8") <= maxBytes;
  // The most rows that fit: a binary search, since 3,000 rows re-rendered 50 times is slow.
  let [low, high] = [0, comparison.rows.length];
  if (fits(high)) return render(high);
  while (low < high - 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return render(low);
}
