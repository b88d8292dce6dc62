import type { GateResult } from "../domain/metrics/evaluate-gate.js";
import { artifactText, metricValueCell } from "./render-metrics-cells.js";
import { renderTemplate } from "./render-template.js";

/**
 * The gate's verdict as Markdown (templates/metrics-gate.md): the pass line, or one line
 * per failing metric with its value and the bound it broke.
 */
export function renderGateResult(gate: GateResult): string {
  return renderTemplate("metrics-gate.md", {
    passed: gate.conclusion === "success",
    failures: gate.failures.map((f) => ({
      metric: artifactText(f.metric),
      value: f.value === null ? null : metricValueCell(f.value),
      bound: artifactText(f.bound, 200),
      [f.code]: true,
    })),
  }).trimEnd();
}
