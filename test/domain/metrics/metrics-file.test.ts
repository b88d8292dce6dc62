import { describe, expect, test } from "vitest";
import { parseMetricsFile } from "../../../src/domain/metrics/metrics-file.js";

const example = {
  model: "fraud-detector",
  version: "2.3.0",
  metrics: { accuracy: 0.931, f1: 0.884, latency_p95_ms: 41.2 },
  slices: { "region=EU": { accuracy: 0.917 }, "region=US": { accuracy: 0.94 } },
  baseline: { accuracy: 0.925 },
  dataset: { name: "transactions", version: "2026-11-01" },
  params: { lr: 0.001, epochs: 20 },
  runner: { gpu: "NVIDIA A10G", gpu_count: 1, duration_s: 812 },
};
const json = (value: unknown) => JSON.stringify(value);
const minimal = { model: "m", metrics: { accuracy: 0.9 } };

describe("parseMetricsFile accepts", () => {
  test("the contract's example, whole", () => {
    expect(parseMetricsFile(json(example))).toEqual({ ok: true, file: example });
  });

  test.each([
    ["only model and metrics", json(minimal), minimal],
    ["a byte-order mark", `\uFEFF${json(minimal)}`, minimal],
    ["a numeric version, as text", json({ ...minimal, version: 3 }), { ...minimal, version: "3" }],
    ["unknown keys, dropped", json({ ...minimal, notes: "NaN is fine in a string" }), minimal],
    ["a model name with spaces around, trimmed", json({ ...minimal, model: "  m " }), minimal],
    [
      "params of every kind, null for Python's None",
      json({ ...minimal, params: { a: "x", b: 1, c: true, d: null } }),
      { ...minimal, params: { a: "x", b: 1, c: true, d: null } },
    ],
    [
      "the runner block runner-info prints where there is no GPU",
      json({ ...minimal, runner: { gpu: "", gpu_count: 0 } }),
      { ...minimal, runner: { gpu: "", gpu_count: 0 } },
    ],
  ])("%s", (_name, text, file) => {
    expect(parseMetricsFile(text)).toEqual({ ok: true, file });
  });
});

describe("parseMetricsFile refuses, naming the path and what was expected", () => {
  test.each([
    [
      "a missing model",
      json({ metrics: { a: 1 } }),
      "model: expected a string, got nothing (the key is missing)",
    ],
    [
      "an empty model",
      json({ model: " ", metrics: { a: 1 } }),
      "model: expected a non-empty string",
    ],
    [
      "a missing metrics",
      json({ model: "m" }),
      "metrics: expected an object of metric name → number, got nothing (the key is missing)",
    ],
    [
      "no metrics at all",
      json({ model: "m", metrics: {} }),
      "metrics: expected at least one metric",
    ],
    [
      "a metric as text",
      json({ model: "m", metrics: { accuracy: "0.93" } }),
      'metrics.accuracy: expected a finite number, got the text "0.93"',
    ],
    [
      "NaN, as Python writes it",
      '{"model": "m", "metrics": {"accuracy": NaN}}',
      "metrics.accuracy: expected a finite number, got NaN",
    ],
    [
      "Infinity",
      '{"model": "m", "metrics": {"loss": Infinity}}',
      "metrics.loss: expected a finite number, got Infinity",
    ],
    [
      "-Infinity in a slice",
      '{"model": "m", "metrics": {"a": 1}, "slices": {"region=EU": {"a": -Infinity}}}',
      'slices["region=EU"].a: expected a finite number, got -Infinity',
    ],
    [
      "null in the baseline",
      json({ ...minimal, baseline: { accuracy: null } }),
      "baseline.accuracy: expected a finite number, got null",
    ],
    [
      "a list for the file",
      "[1, 2]",
      "(file): expected a JSON object with model and metrics, got a list",
    ],
    [
      "a nested parameter",
      json({ ...minimal, params: { opt: { lr: 1 } } }),
      "params.opt: expected a string, number, boolean or null, got an object",
    ],
    [
      "a dataset without a name",
      json({ ...minimal, dataset: { version: "1" } }),
      "dataset.name: expected a string, got nothing (the key is missing)",
    ],
    [
      "half a GPU",
      json({ ...minimal, runner: { gpu_count: 0.5 } }),
      "runner.gpu_count: expected a whole number, got 0.5",
    ],
    [
      "a negative duration",
      json({ ...minimal, runner: { duration_s: -1 } }),
      "runner.duration_s: expected a number ≥ 0",
    ],
    [
      "a model name past 200 characters",
      json({ ...minimal, model: "m".repeat(201) }),
      "model: expected at most 200 characters",
    ],
  ])("%s", (_name, text, message) => {
    expect(parseMetricsFile(text)).toEqual({ ok: false, reason: "schema", message });
  });

  test("several problems, one a line, at most ten", () => {
    const metrics = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`m${i}`, "x"]));
    const result = parseMetricsFile(json({ metrics }));
    expect(result.ok).toBe(false);
    const lines = !result.ok ? result.message.split("\n") : [];
    expect(lines[0]).toBe("model: expected a string, got nothing (the key is missing)");
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe("… and 3 more");
  });

  // V8's own wording differs between Node versions: only the position is ours.
  test.each([
    [
      "a syntax error, with line and column",
      '{\n  "model": "m",\n  "metrics": {"a": 1,}\n}',
      /^not valid JSON at line 3, column 22: \S/,
    ],
    ["an empty file", "", /^not valid JSON: \S/],
  ])("not JSON: %s", (_name, text, message) => {
    expect(parseMetricsFile(text)).toEqual({
      ok: false,
      reason: "not-json",
      message: expect.stringMatching(message),
    });
  });

  test("a string that says NaN is still a string", () => {
    const result = parseMetricsFile('{"model": "NaN", "metrics": {"a": 1}, "version": "Infinity"}');
    expect(result).toEqual({
      ok: true,
      file: { model: "NaN", version: "Infinity", metrics: { a: 1 } },
    });
  });
});
