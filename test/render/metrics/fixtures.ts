import { compareMetrics } from "../../../src/domain/metrics/compare-metrics.js";
import { evaluateGate } from "../../../src/domain/metrics/evaluate-gate.js";
import type { MetricsBaseline } from "../../../src/domain/metrics/metrics-baseline.js";
import { configSchema } from "../../../src/config/schema.js";
import type { MetricsGateConfig } from "../../../src/domain/metrics/metrics-gate-config.js";
import type { MetricsFile } from "../../../src/domain/metrics/metrics-file.js";

/** The schema's defaults: what a repository without a config file gets. */
const defaultMetricsGateConfig: MetricsGateConfig = configSchema.parse({}).metrics;

/** The contract's example metrics.json. */
export const exampleFile: MetricsFile = {
  model: "fraud-detector",
  version: "2.3.0",
  metrics: { accuracy: 0.931, f1: 0.884, latency_p95_ms: 41.2 },
  slices: { "region=EU": { accuracy: 0.917 }, "region=US": { accuracy: 0.94 } },
  baseline: { accuracy: 0.925 },
  dataset: { name: "transactions", version: "2026-11-01" },
  params: { lr: 0.001, epochs: 20 },
  runner: { gpu: "NVIDIA A10G", gpu_count: 1, duration_s: 812 },
};

export const liveBaseline: MetricsBaseline = {
  source: "live",
  version: "2.2.0",
  metrics: { accuracy: 0.925, f1: 0.89, latency_p95_ms: 45 },
};

export const exampleConfig: MetricsGateConfig = {
  ...defaultMetricsGateConfig,
  thresholds: { accuracy: { min: 0.9 }, latency_p95_ms: { max: 50 } },
};

/** Comparison and gate as the handler computes them. */
export function evaluate(
  file: MetricsFile,
  baseline: MetricsBaseline = liveBaseline,
  config: MetricsGateConfig = exampleConfig,
) {
  return {
    file,
    comparison: compareMetrics(file, baseline, config),
    gate: evaluateGate(file, baseline, config),
  };
}
