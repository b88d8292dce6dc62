import { expect, test } from "vitest";
import { hideMarkers } from "../../src/demo/hide-markers.js";

test.each([
  ["a marker line", "<!-- mlops-bot:card experiment v1 -->\n## Experiment: X", "## Experiment: X"],
  [
    "markers around an answer",
    '### Model\n\n<!-- mlops-bot:answer "Model" -->\nm\n<!-- mlops-bot:answer-end -->\n\n### Notes',
    "### Model\n\nm\n\n### Notes",
  ],
  ["an inline marker", "text <!-- x --> more", "text  more"],
  ["a marker over two lines", "a\n<!-- one\ntwo -->\nb", "a\nb"],
  ["no marker", "plain\n\ntext", "plain\n\ntext"],
] as const)("%s", (_name, body, shown) => {
  expect(hideMarkers(body)).toBe(shown);
});
