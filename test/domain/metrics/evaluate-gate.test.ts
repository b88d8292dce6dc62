import { describe, expect, test } from "vitest";
import { evaluateGate } from "../../../src/domain/metrics/evaluate-gate.js";
import type { MetricsBaseline } from "../../../src/domain/metrics/metrics-baseline.js";
import { configSchema } from "../../../src/config/schema.js";
import type { MetricsGateConfig } from "../../../src/domain/metrics/metrics-gate-config.js";

/** The schema's defaults: what a repository without a config file gets. */
const defaultMetricsGateConfig: MetricsGateConfig = configSchema.parse({}).metrics;

const none: MetricsBaseline = { source: "none", metrics: {} };
const live: MetricsBaseline = {
  source: "live",
  version: "2.2.0",
  metrics: { accuracy: 0.925, latency_p95_ms: 45 },
};
const fileBaseline: MetricsBaseline = { source: "file", metrics: { accuracy: 0.925 } };
const config = (over: Partial<MetricsGateConfig> = {}): MetricsGateConfig => ({
  ...defaultMetricsGateConfig,
  ...over,
});
const thresholds = {
  accuracy: { min: 0.9 },
  latency_p95_ms: { max: 50 },
  f1: { min: 0.5, max: 0.99 },
};

describe("evaluateGate", () => {
  test.each([
    ["every threshold holds", { accuracy: 0.93, latency_p95_ms: 41, f1: 0.8 }, []],
    [
      "a value exactly at min and at max holds",
      { accuracy: 0.9, latency_p95_ms: 50, f1: 0.99 },
      [],
    ],
    [
      "below a min",
      { accuracy: 0.89, latency_p95_ms: 41, f1: 0.8 },
      [{ metric: "accuracy", value: 0.89, code: "below-min", bound: "min 0.9" }],
    ],
    [
      "above a max",
      { accuracy: 0.93, latency_p95_ms: 50.5, f1: 0.8 },
      [{ metric: "latency_p95_ms", value: 50.5, code: "above-max", bound: "max 50" }],
    ],
    [
      "both bounds of one metric, each side",
      { accuracy: 0.93, latency_p95_ms: 41, f1: 0.995 },
      [{ metric: "f1", value: 0.995, code: "above-max", bound: "max 0.99" }],
    ],
    [
      "a thresholded metric the file lacks fails",
      { accuracy: 0.93, f1: 0.8 },
      [{ metric: "latency_p95_ms", value: null, code: "missing", bound: "max 50" }],
    ],
    [
      "each failing metric is named, in the config's order",
      { accuracy: 0.5, latency_p95_ms: 90 },
      [
        { metric: "accuracy", value: 0.5, code: "below-min", bound: "min 0.9" },
        { metric: "latency_p95_ms", value: 90, code: "above-max", bound: "max 50" },
        { metric: "f1", value: null, code: "missing", bound: "min 0.5, max 0.99" },
      ],
    ],
  ])("thresholds: %s", (_name, metrics, failures) => {
    expect(evaluateGate({ metrics }, none, config({ thresholds }))).toEqual({
      conclusion: failures.length === 0 ? "success" : "failure",
      failures,
    });
  });

  // max_regression 0.01 against accuracy 0.925: 0.915 passes (0.925 − 0.915 is 0.01000…09 in floats).
  test.each([
    ["no change", live, 0.925, null],
    ["an improvement", live, 0.95, null],
    ["a drop within the bound", live, 0.92, null],
    ["a drop exactly at the bound", live, 0.915, null],
    ["a drop past the bound", live, 0.9149, "min 0.915 (live v2.2.0 0.925 − max_regression 0.01)"],
    [
      "against the file's baseline",
      fileBaseline,
      0.9,
      "min 0.915 (file baseline 0.925 − max_regression 0.01)",
    ],
    [
      "a live model without a version",
      { ...live, version: undefined },
      0.9,
      "min 0.915 (live model 0.925 − max_regression 0.01)",
    ],
    ["no baseline: nothing to regress from", none, 0.5, null],
  ])("regression of the primary metric: %s", (_name, baseline, accuracy, bound) => {
    const result = evaluateGate({ metrics: { accuracy } }, baseline as MetricsBaseline, config());
    expect(result).toEqual(
      bound === null
        ? { conclusion: "success", failures: [] }
        : {
            conclusion: "failure",
            failures: [{ metric: "accuracy", value: accuracy, code: "regression", bound }],
          },
    );
  });

  test.each([
    ["within", 46, []],
    ["exactly at the bound", 47, []],
    [
      "past the bound",
      47.5,
      [
        {
          metric: "latency_p95_ms",
          value: 47.5,
          code: "regression",
          bound: "max 47 (live v2.2.0 45 + max_regression 2)",
        },
      ],
    ],
  ])("a lower-is-better primary metric regresses upwards: %s", (_name, latency, failures) => {
    const gate = evaluateGate(
      { metrics: { latency_p95_ms: latency } },
      live,
      config({ primary: "latency_p95_ms", max_regression: 2 }),
    );
    expect(gate.failures).toEqual(failures);
  });

  test("a primary metric the file lacks fails, once", () => {
    expect(evaluateGate({ metrics: { rmse: 1 } }, live, config())).toEqual({
      conclusion: "failure",
      failures: [
        { metric: "accuracy", value: null, code: "missing", bound: "required as metrics.primary" },
      ],
    });
    const withThreshold = evaluateGate(
      { metrics: { rmse: 1 } },
      live,
      config({ thresholds: { accuracy: { min: 0.9 } } }),
    );
    expect(withThreshold.failures).toEqual([
      { metric: "accuracy", value: null, code: "missing", bound: "min 0.9" },
    ]);
  });

  test("a baseline without the primary metric: no regression check", () => {
    const gate = evaluateGate(
      { metrics: { accuracy: 0.1 } },
      { source: "file", metrics: { f1: 1 } },
      config(),
    );
    expect(gate).toEqual({ conclusion: "success", failures: [] });
  });

  test("a threshold and a regression on the same metric are both reported", () => {
    const gate = evaluateGate(
      { metrics: { accuracy: 0.8 } },
      live,
      config({ thresholds: { accuracy: { min: 0.9 } } }),
    );
    expect(gate.failures.map((f) => f.code)).toEqual(["below-min", "regression"]);
  });
});
