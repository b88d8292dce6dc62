import { describe, expect, test } from "vitest";
import { compareMetrics, type MetricRow } from "../../../src/domain/metrics/compare-metrics.js";
import type { MetricsBaseline } from "../../../src/domain/metrics/metrics-baseline.js";
import { configSchema } from "../../../src/config/schema.js";
import { parseMetricsFile } from "../../../src/domain/metrics/metrics-file.js";

const config = {
  ...configSchema.parse({}).metrics,
  thresholds: { latency_p95_ms: { max: 50 }, auc: { min: 0.8 } },
};
const live: MetricsBaseline = {
  source: "live",
  version: "2.2.0",
  metrics: { accuracy: 0.925, latency_p95_ms: 45, loss: 0.3, f1: 0.884 },
};
const row = (metric: string, rest: Partial<MetricRow>): MetricRow => ({
  metric,
  value: null,
  baseline: null,
  delta: null,
  higherIsBetter: false,
  mark: null,
  primary: false,
  ...rest,
});

describe("compareMetrics", () => {
  test("primary first, the file's order, then the metrics the gate needs that are missing", () => {
    const file = { metrics: { f1: 0.884, latency_p95_ms: 41.2, accuracy: 0.931, loss: 0.35 } };
    const { rows, primary, baseline } = compareMetrics(file, live, config);
    expect(primary).toBe("accuracy");
    expect(baseline).toEqual({ source: "live", version: "2.2.0" });
    expect(rows.map((r) => r.metric)).toEqual(["accuracy", "f1", "latency_p95_ms", "loss", "auc"]);
  });

  // Direction decides the mark: higher_is_better metrics improve upwards, all others downwards.
  test.each([
    ["higher is better, up", "accuracy", 0.931, "better", true],
    ["higher is better, down", "accuracy", 0.9, "worse", true],
    ["lower is better, down", "latency_p95_ms", 41.2, "better", false],
    ["lower is better, up", "latency_p95_ms", 48, "worse", false],
    ["lower is better by default, up", "loss", 0.35, "worse", false],
    ["no change", "accuracy", 0.925, "same", true],
    ["float noise is no change", "f1", 0.1 + 0.784, "same", true],
  ] as const)("%s", (_name, metric, value, mark, higherIsBetter) => {
    const { rows } = compareMetrics({ metrics: { [metric]: value } }, live, config);
    const found = rows.find((r) => r.metric === metric);
    expect(found?.mark).toBe(mark);
    expect(found?.higherIsBetter).toBe(higherIsBetter);
    expect(found?.delta).toBeCloseTo(value - (live.metrics[metric] ?? 0), 12);
  });

  test("rows in full, with and without a baseline value", () => {
    const file = { metrics: { accuracy: 0.931, new_metric: 7 } };
    expect(compareMetrics(file, live, config).rows).toEqual([
      row("accuracy", {
        value: 0.931,
        baseline: 0.925,
        delta: 0.931 - 0.925,
        higherIsBetter: true,
        mark: "better",
        primary: true,
      }),
      row("new_metric", { value: 7 }),
      row("latency_p95_ms", { baseline: 45 }),
      row("auc", { higherIsBetter: true }),
    ]);
  });

  test("no baseline: values only", () => {
    const none: MetricsBaseline = { source: "none", metrics: {} };
    const result = compareMetrics({ metrics: { accuracy: 0.9 } }, none, {
      ...config,
      thresholds: {},
    });
    expect(result).toEqual({
      primary: "accuracy",
      baseline: { source: "none" },
      rows: [row("accuracy", { value: 0.9, higherIsBetter: true, primary: true })],
    });
  });

  test("a primary metric the file lacks is a row without a value", () => {
    const { rows } = compareMetrics({ metrics: { rmse: 1 } }, live, { ...config, thresholds: {} });
    expect(rows[0]).toEqual(
      row("accuracy", { baseline: 0.925, higherIsBetter: true, primary: true }),
    );
  });

  test("metric names that are Object's own keys are just names", () => {
    const parsed = parseMetricsFile(
      '{"model":"m","metrics":{"constructor":1,"__proto__":2,"toString":3}}',
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const { rows } = compareMetrics(
      parsed.file,
      { source: "file", metrics: { toString: 2 } },
      { ...config, thresholds: {} },
    );
    // zod drops `__proto__` from records: it can neither pollute nor be shown.
    expect(rows.map((r) => [r.metric, r.value, r.baseline])).toEqual([
      ["accuracy", null, null],
      ["constructor", 1, null],
      ["toString", 3, 2],
    ]);
  });
});
