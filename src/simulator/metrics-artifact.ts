import { buildZip } from "./build-zip.js";

/**
 * The artifact an evaluation job uploads: `metrics.json` (the given object as JSON) zipped
 * under `name`, ready for `completeWorkflowRun({ artifacts: [...] })`.
 */
export function metricsArtifact(
  metrics: unknown,
  name = "mlops-metrics",
): { name: string; zip: Uint8Array } {
  return { name, zip: buildZip({ "metrics.json": JSON.stringify(metrics) }) };
}
