import { describe, expect, test } from "vitest";
import { renderEvaluationSummary } from "../../../src/render/render-metrics-summary.js";
import { renderResultsSection } from "../../../src/render/render-metrics-results.js";
import { configSchema } from "../../../src/config/schema.js";
import { evaluate, exampleFile } from "./fixtures.js";

const run = { label: "#12", url: "https://github.com/acme/models/actions/runs/30433642" };
const failing = { ...exampleFile, metrics: { accuracy: 0.89, f1: 0.9, latency_p95_ms: 61 } };

describe("renderEvaluationSummary", () => {
  test("passed: the title names the primary metric and its change", async () => {
    const output = renderEvaluationSummary({ ...evaluate(exampleFile), run });
    expect(output.title).toBe("Passed: fraud-detector, accuracy 0.931 (▲ +0.006 ✅)");
    await expect(output.summary).toMatchFileSnapshot("__snapshots__/summary-passed.md");
  });

  test("failed: each failing metric with its value and bound", async () => {
    const output = renderEvaluationSummary({ ...evaluate(failing), run });
    expect(output.title).toBe("Failed: fraud-detector, 2 failing: accuracy, latency_p95_ms");
    expect(output.summary).toContain("- **accuracy** = 0.89 is below its bound: min 0.9");
    expect(output.summary).toContain("- **latency\\_p95\\_ms** = 61 is above its bound: max 50");
    expect(output.summary).toContain(
      "- **accuracy** = 0.89 regressed beyond its bound: min 0.915 (live v2.2.0 0.925 − max\\_regression 0.01)",
    );
    await expect(output.summary).toMatchFileSnapshot("__snapshots__/summary-failed.md");
  });

  test("no baseline, no run link; a title is one line", () => {
    const file = { model: "multi\nline", metrics: { accuracy: 0.9 } };
    const output = renderEvaluationSummary(
      evaluate(file, { source: "none", metrics: {} }, configSchema.parse({}).metrics),
    );
    expect(output.title).toBe("Passed: multi line, accuracy 0.9");
    expect(output.summary).toContain("No baseline: no deployment is live");
    expect(output.summary).not.toContain("Workflow run");
  });

  test("stays within the 65,535 characters of output.summary", () => {
    const metrics = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`metric_${i}`, i]));
    const output = renderEvaluationSummary(
      evaluate({ model: "m", metrics: { accuracy: 0.9, ...metrics } }),
    );
    expect(output.summary.length).toBeLessThanOrEqual(65_535);
    expect(output.summary).toContain("| **accuracy** ↑ | 0.9 | 0.925 | ▼ -0.025 ❌ |");
    expect(output.summary).toMatch(/\d+ of 5002 metrics left out/);
  });
});

describe("renderResultsSection", () => {
  test("the verdict, the baseline, the run and the same table", async () => {
    const section = renderResultsSection({ ...evaluate(exampleFile), run });
    await expect(section).toMatchFileSnapshot("__snapshots__/results-passed.md");
    expect(renderResultsSection({ ...evaluate(failing), run })).toMatch(
      /^\*\*fraud-detector v2\.3\.0\*\*: ❌ evaluation failed \(accuracy, latency\\_p95\\_ms\); compared with the live deployment v2\.2\.0; \[workflow run \\#12\]/,
    );
  });

  test("keeps the card short: 25 rows at most", () => {
    const metrics = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`m${i}`, i]));
    const section = renderResultsSection(
      evaluate({ model: "m", metrics: { accuracy: 1, ...metrics } }),
    );
    // The header, its rule and 25 rows.
    expect(section.match(/^\| /gm)).toHaveLength(27);
    expect(section).toContain("17 of 42 metrics left out");
  });
});
