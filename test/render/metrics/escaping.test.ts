import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { expect, test } from "vitest";
import { renderMetricsComment } from "../../../src/render/render-metrics-comment.js";
import { renderEvaluationSummary } from "../../../src/render/render-metrics-summary.js";
import { renderResultsSection } from "../../../src/render/render-metrics-results.js";
import { evaluate, exampleFile } from "./fixtures.js";

type Node = { type: string; value?: string; children?: Node[] };

/** The comment as GitHub's Markdown (GFM) reads it. */
function parse(markdown: string): Node {
  return fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  }) as Node;
}
function all(node: Node, type: string): Node[] {
  return [
    ...(node.type === type ? [node] : []),
    ...(node.children ?? []).flatMap((c) => all(c, type)),
  ];
}
function text(node: Node): string {
  return node.value ?? (node.children ?? []).map(text).join("");
}

// Names as an attacker (or an unlucky team) would write them.
const hostile = {
  ...exampleFile,
  model: "<img src=x onerror=alert(1)> @acme/ml-team",
  version: "2.3.0](https://evil.example)",
  metrics: { accuracy: 0.931, "f1|macro": 0.88, "**bold** #1": 2 },
  slices: { "region=EU|DE": { "acc|top1": 0.9 }, "[link](http://x)": { "acc|top1": 0.8 } },
  baseline: { accuracy: 0.9 },
  dataset: { name: "<script> www.evil.example", version: "@octocat" },
  params: { "a|b": "x | y", note: "line one\n# heading" },
  runner: { gpu: "<b>A10G</b>", gpu_count: 1 },
};

test("names from the artifact stay text: no HTML, links, images, mentions or table breaks", () => {
  const body = renderMetricsComment({ ...evaluate(hostile), history: [], run: { label: "#1" } });
  const tree = parse(body);
  expect(all(tree, "html").map((n) => n.value)).toEqual([
    "<!-- mlops-bot:metrics model=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20%40acme%2Fml-team -->",
    "<details><summary>Parameters (2)</summary>",
    "</details>",
    expect.stringMatching(/^<!-- mlops-bot:history /),
  ]);
  expect(all(tree, "link")).toEqual([]);
  expect(all(tree, "image")).toEqual([]);
  expect(all(tree, "heading").map(text)).toEqual([
    "📊 Evaluation: <img src=x onerror=alert(1)> @\u200bacme/ml-team v2.3.0](https:\u200b//evil.example)",
    "Slices",
  ]);
  expect(body).not.toMatch(/@acme/);
  expect(body).not.toMatch(/@octocat/);
});

test("a pipe in a name is a pipe inside its cell, not a new column", () => {
  const body = renderMetricsComment({ ...evaluate(hostile), history: [], run: { label: "#1" } });
  const rows = all(parse(body), "table").map((table) =>
    (table.children ?? []).map((row) => (row.children ?? []).map(text)),
  );
  expect(rows).toEqual([
    [
      ["Metric", "Value", "Live v2.2.0", "Δ"],
      ["accuracy ↑", "0.931", "0.925", "▲ +0.006 ✅"],
      ["f1|macro ↓", "0.88", "—", "—"],
      ["**bold** #1 ↓", "2", "—", "—"],
      ["latency_p95_ms ↓", "missing", "45", "—"],
    ],
    [
      ["Slice", "acc|top1"],
      ["region=EU|DE", "0.9"],
      // A zero-width space keeps GFM from linking a bare URL.
      ["[link](http:\u200b//x)", "0.8"],
    ],
    [
      ["Parameter", "Value"],
      ["a|b", "x | y"],
      ["note", "line one # heading"],
    ],
  ]);
});

test("the card's Results section and the check-run summary escape the same way", () => {
  const evaluated = evaluate(hostile);
  for (const markdown of [
    renderResultsSection({ ...evaluated, run: { label: "#1" } }),
    renderEvaluationSummary(evaluated).summary,
  ]) {
    const tree = parse(markdown);
    expect(all(tree, "html")).toEqual([]);
    expect(all(tree, "link")).toEqual([]);
    expect(text(tree)).toContain("<img src=x onerror=alert(1)> @\u200bacme/ml-team");
    expect(all(tree, "tableRow").map((row) => row.children?.length)).toEqual([4, 4, 4, 4, 4]);
  }
});
