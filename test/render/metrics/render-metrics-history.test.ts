import { expect, test } from "vitest";
import { readHistory, renderHistoryMarker } from "../../../src/render/render-metrics-history.js";
import { renderMetricsChart } from "../../../src/render/render-metrics-chart.js";

const points = [
  { label: "#1", value: 0.9 },
  { label: "#2", value: 0.925 },
];

test("the marker round-trips, in any comment body", () => {
  const body = `text\n${renderHistoryMarker("accuracy", points)}\nmore`;
  expect(readHistory(body)).toEqual(points);
  expect(readHistory(body, "accuracy")).toEqual(points);
});

test("a label cannot close the HTML comment", () => {
  const marker = renderHistoryMarker("a-->b", [{ label: "--><img src=x>", value: 1 }]);
  expect(marker.indexOf("-->")).toBe(marker.length - 3);
  expect(readHistory(marker)).toEqual([{ label: "--><img src=x>", value: 1 }]);
});

test.each([
  ["no marker", "just a comment"],
  ["not JSON", "<!-- mlops-bot:history [1, -->"],
  ["the wrong shape", '<!-- mlops-bot:history {"metric":"accuracy","points":[{"label":1}]} -->'],
  ["another metric's series", renderHistoryMarker("f1", points)],
])("nothing to read: %s", (_name, body) => {
  expect(readHistory(body, "accuracy")).toEqual([]);
});

test("at most 20 points are kept and read", () => {
  const many = Array.from({ length: 30 }, (_, i) => ({ label: `#${i}`, value: i }));
  expect(readHistory(renderHistoryMarker("m", many))).toEqual(many.slice(10));
  const edited = `<!-- mlops-bot:history ${JSON.stringify({ metric: "m", points: many })} -->`;
  expect(readHistory(edited)).toHaveLength(20);
});

test("the chart: one line, padded axis, names reduced to what Mermaid can quote", () => {
  expect(renderMetricsChart('acc"uracy\n', [{ label: 'run "1"', value: 0.5 }, ...points])).toBe(
    [
      "```mermaid",
      "xychart-beta",
      '    title "acc_uracy_ across this PR\'s runs"',
      '    x-axis ["run _1_", "#1", "#2"]',
      '    y-axis "acc_uracy_" 0.4575 --> 0.9675',
      "    line [0.5, 0.9, 0.925]",
      "```",
    ].join("\n"),
  );
  expect(renderMetricsChart("accuracy", [{ label: "#1", value: 0 }])).toContain(
    'y-axis "accuracy" -1 --> 1',
  );
  expect(renderMetricsChart("accuracy", [])).toBeNull();
});
