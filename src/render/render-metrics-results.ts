import type { MetricsComparison } from "../domain/metrics/compare-metrics.js";
import type { GateResult } from "../domain/metrics/evaluate-gate.js";
import type { MetricsFile } from "../domain/metrics/metrics-file.js";
import { artifactText, baselineView, modelView } from "./render-metrics-cells.js";
import { renderMetricsTable } from "./render-metrics-table.js";
import { renderTemplate } from "./render-template.js";

/** The card shares its 65,536 characters with the person's own text: keep this short. */
const maxResultsRows = 25;

/**
 * The body of the experiment card's `### Results` section (the heading is the card's):
 * the verdict in one line, the baseline used, the run link and the same metrics table as
 * the PR comment, cut to its first rows.
 */
export function renderResultsSection(input: {
  file: Pick<MetricsFile, "model" | "version">;
  comparison: MetricsComparison;
  gate: GateResult;
  run?: { label: string; url?: string | undefined };
}): string {
  const { comparison, gate } = input;
  return renderTemplate("metrics-results.md", {
    ...modelView(input.file),
    passed: gate.conclusion === "success",
    failed: [...new Set(gate.failures.map((f) => artifactText(f.metric, 60)))].join(", "),
    baseline: baselineView(comparison.baseline),
    run: input.run,
    table: renderMetricsTable(comparison, { maxRows: maxResultsRows }),
  }).trimEnd();
}
