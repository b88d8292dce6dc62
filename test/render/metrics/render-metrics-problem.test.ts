import { expect, test } from "vitest";
import { evaluationProblemCodes } from "../../../src/domain/metrics/evaluation-problem.js";
import { renderEvaluationProblem } from "../../../src/render/render-metrics-problem.js";

const base = { artifact: "mlops-metrics", file: "metrics.json" };
const run = { label: "#12", url: "https://github.com/acme/models/actions/runs/30433642" };
// What the reader, parser and adapter say for each, as they say it.
const messages: Record<string, string | undefined> = {
  "run-failed": "timed_out",
  "too-large": "metrics.json is 6.2 MiB; the limit is 5.0 MiB",
  "too-many-entries": "the artifact has 1204 files; the limit is 1000",
  "bad-zip": "the artifact holds an unsafe file name (invalid relative path: ../x)",
  "zip-bomb": "metrics.json unpacks to more than it declares (1.0 KiB); reading stopped at 1.0 KiB",
  "no-file": "the artifact has no file metrics.json; it holds out/metrics.json",
  "not-json": "not valid JSON at line 3, column 22: Expected double-quoted property name",
  schema:
    'model: expected a string, got nothing (the key is missing)\nmetrics.accuracy: expected a finite number, got NaN\nslices["a|b"].f1: expected a finite number, got the text "<img src=x>"',
};

test("every problem has a title, the specifics and a fix", async () => {
  const rendered = evaluationProblemCodes.map((code) => {
    const { title, summary } = renderEvaluationProblem(code, {
      ...base,
      message: messages[code],
      run,
    });
    expect(title, code).not.toBe("");
    expect(title, code).not.toContain("\n");
    expect(summary, code).toContain("**Fix:**");
    return `# ${code}\n\ntitle: ${title}\n\n${summary}\n`;
  });
  await expect(rendered.join("\n")).toMatchFileSnapshot("__snapshots__/problems.md");
});

test("the specifics are escaped, one a line", () => {
  const { title, summary } = renderEvaluationProblem("schema", {
    ...base,
    message: messages.schema,
  });
  expect(title).toBe("metrics.json does not match the metrics format");
  expect(summary).toContain(
    '- slices\\["a\\|b"\\].f1: expected a finite number, got the text "&lt;img src=x\\>"',
  );
});

test("a configured file name goes into the title as plain text", () => {
  const { title } = renderEvaluationProblem("no-file", { ...base, file: "out/eval metrics.json" });
  expect(title).toBe("out/eval metrics.json is missing from the metrics artifact");
});
