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
 * pass line), then the metrics table, cut to GitHub's 65,535 characters if need be.
 */
export function renderEvaluationSummary(input: EvaluationSummaryInput): {
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
  let rows = comparison.rows.length;
  while (rows > 0 && render(rows).summary.length > MAX_CHECK_OUTPUT) rows = Math.floor(rows * 0.9);
  return render(rows);
}
