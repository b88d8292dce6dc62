import { describe, expect, test } from "vitest";
import {
  metricsCommentMarker,
  renderMetricsComment,
} from "../../../src/render/render-metrics-comment.js";
import { readHistory } from "../../../src/render/render-metrics-history.js";
import { evaluate, exampleConfig, exampleFile } from "./fixtures.js";

const run = { label: "#12", url: "https://github.com/acme/models/actions/runs/30433642" };

describe("renderMetricsComment", () => {
  test("the contract's example against the live model, second run of the PR", async () => {
    const body = renderMetricsComment({
      ...evaluate(exampleFile),
      history: [{ label: "#11", value: 0.92 }],
      run,
    });
    await expect(body).toMatchFileSnapshot("__snapshots__/comment-live.md");
  });

  test("a failing gate, no slices, params, dataset or runner, first run", async () => {
    const file = { model: "fraud-detector", metrics: { accuracy: 0.89, f1: 0.9 } };
    const body = renderMetricsComment({ ...evaluate(file), history: [], run });
    await expect(body).toMatchFileSnapshot("__snapshots__/comment-failing.md");
  });

  test("the file's baseline, and none", () => {
    const file = { ...exampleFile, slices: undefined, params: undefined };
    const fromFile = renderMetricsComment({
      ...evaluate(file, { source: "file", metrics: exampleFile.baseline ?? {} }),
      history: [],
      run,
    });
    expect(fromFile).toContain("| Metric | Value | Baseline | Δ |");
    expect(fromFile).toContain(
      "Compared with the baseline given in the metrics file: no deployment is live.",
    );
    const without = renderMetricsComment({
      ...evaluate(file, { source: "none", metrics: {} }),
      history: [],
      run,
    });
    expect(without).toContain("| Metric | Value |\n| :-- | --: |\n| **accuracy** ↑ | 0.931 |");
    expect(without).toContain(
      "No baseline: no deployment is live and metrics.json has no `baseline`.",
    );
  });

  test("a runner without a GPU, and a run without a link", () => {
    const file = { ...exampleFile, runner: { gpu: "", gpu_count: 0, duration_s: 7300 } };
    const body = renderMetricsComment({
      ...evaluate(file),
      history: [],
      run: { label: "v2.3.0" },
    });
    expect(body).toContain("**Runner:** no GPU · 2 h 1 min · Run v2.3.0");
  });

  test("starts with the model's marker, which no model name can break", () => {
    const body = renderMetricsComment({
      ...evaluate({ ...exampleFile, model: "a --> b" }),
      history: [],
      run,
    });
    expect(body.split("\n")[0]).toBe("<!-- mlops-bot:metrics model=a%20--%3E%20b -->");
    expect(metricsCommentMarker("fraud-detector")).toBe(
      "<!-- mlops-bot:metrics model=fraud-detector -->",
    );
    expect(metricsCommentMarker("fraud")).not.toBe(metricsCommentMarker("fraud-detector"));
  });

  test("stores the chart's points for the next run, this run's included", () => {
    const first = renderMetricsComment({
      ...evaluate(exampleFile),
      history: [],
      run: { label: "#1" },
    });
    const points = readHistory(first, "accuracy");
    expect(points).toEqual([{ label: "#1", value: 0.931 }]);
    const second = renderMetricsComment({
      ...evaluate({ ...exampleFile, metrics: { ...exampleFile.metrics, accuracy: 0.94 } }),
      history: points,
      run: { label: "#2" },
    });
    expect(readHistory(second, "accuracy")).toEqual([
      { label: "#1", value: 0.931 },
      { label: "#2", value: 0.94 },
    ]);
    expect(second).toContain('x-axis ["#1", "#2"]');
    expect(second).toContain("line [0.931, 0.94]");
  });

  test("no primary value: no chart, the earlier points kept", () => {
    const file = { model: "m", metrics: { rmse: 1 } };
    const body = renderMetricsComment({
      ...evaluate(file),
      history: [{ label: "#1", value: 0.9 }],
      run,
    });
    expect(body).toContain("```mermaid");
    expect(readHistory(body)).toEqual([{ label: "#1", value: 0.9 }]);
    const empty = renderMetricsComment({ ...evaluate(file), history: [], run });
    expect(empty).not.toContain("mermaid");
  });
});

describe("renderMetricsComment within GitHub's 65,536 characters", () => {
  test("5,000 slices: the headline table stays, the slices are cut and counted", () => {
    const slices = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [
        `customer_segment=${i}`,
        { accuracy: 0.9, f1: 0.8, auc: 0.7 },
      ]),
    );
    const file = { ...exampleFile, slices };
    const body = renderMetricsComment({ ...evaluate(file), history: [], run });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000);
    expect(body).toContain("| **accuracy** ↑ | 0.931 | 0.925 | ▲ +0.006 ✅ |");
    expect(body).toContain("| customer\\_segment=0 | 0.9 | 0.8 | 0.7 |");
    const omitted = /(\d+) of 5000 slices left out to stay within GitHub's comment size limit/.exec(
      body,
    )?.[1];
    expect(Number(omitted)).toBeGreaterThan(3000);
    const shown = body.match(/^\| customer\\_segment=/gm)?.length ?? 0;
    expect(shown + Number(omitted)).toBe(5000);
    expect(body).toContain("**Dataset:** transactions");
    expect(readHistory(body)).toEqual([{ label: "#12", value: 0.931 }]);
  });

  test("then parameters, then metric rows, the primary metric first", () => {
    const metrics = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`metric_${i}`, i / 7]),
    );
    const params = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`param_${i}`, "x".repeat(50)]),
    );
    const file = { ...exampleFile, metrics: { accuracy: 0.931, ...metrics }, params };
    const body = renderMetricsComment({
      ...evaluate(file, undefined, exampleConfig),
      history: [],
      run,
    });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("| **accuracy** ↑ | 0.931 | 0.925 | ▲ +0.006 ✅ |");
    expect(body).toMatch(/\d+ of 5002 metrics left out to stay within GitHub's size limit\./);
    expect(body).toMatch(/^3000 of 3000 parameters left out/m);
    expect(body).toMatch(/^2 of 2 slices left out/m);
  });

  test("one huge name cannot take the whole budget", () => {
    const file = { ...exampleFile, slices: { ["x".repeat(100_000)]: { accuracy: 1 } } };
    const body = renderMetricsComment({ ...evaluate(file), history: [], run });
    expect(body).toContain(`| ${"x".repeat(119)}… | 1 |`);
  });
});
