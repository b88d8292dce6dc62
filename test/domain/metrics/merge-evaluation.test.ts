import { expect, test } from "vitest";
import {
  decideEvaluationRecord,
  emptyEvaluationRecord,
  mergeEvaluation,
  type EvaluationRecord,
  type EvaluationSource,
} from "../../../src/domain/metrics/evaluation-record.js";
import {
  decodeEvaluationRecord,
  encodeEvaluationRecord,
} from "../../../src/domain/metrics/evaluation-record-marker.js";

const at = (
  run: number,
  second: number,
  artifact: string | null = "mlops-metrics",
  path = "e.yml",
): EvaluationSource => ({
  run_id: run,
  artifact,
  path,
  completed_at: new Date(Date.UTC(2026, 10, 2, 9, 0, second)).toISOString(),
  label: `#${run}`,
  url: "",
});
const model = (name: string, source: EvaluationSource, verdict: "success" | "failure") =>
  ({ kind: "model", model: name, entry: { ...source, verdict } }) as const;
const problem = (source: EvaluationSource) =>
  ({ kind: "problem", entry: { ...source, code: "no-artifact", message: "" } }) as const;
const fold = (news: Parameters<typeof mergeEvaluation>[1][]): EvaluationRecord =>
  news.reduce(mergeEvaluation, emptyEvaluationRecord);

test.each([
  ["no evaluation", [], "failure", []],
  ["one passing model", [model("a", at(1, 1), "success")], "success", ["a:1"]],
  [
    "two models, one failing",
    [model("a", at(1, 1), "success"), model("b", at(2, 2, "mlops-metrics-b"), "failure")],
    "failure",
    ["a:1", "b:2"],
  ],
  [
    "a later run replaces the model's evaluation",
    [model("a", at(1, 1), "failure"), model("a", at(2, 2), "success")],
    "success",
    ["a:2"],
  ],
  [
    "an older run delivered last does not",
    [model("a", at(2, 2), "failure"), model("a", at(1, 1), "success")],
    "failure",
    ["a:2"],
  ],
  [
    "same second: the higher run id is the later run",
    [model("a", at(3, 1), "success"), model("a", at(2, 1), "failure")],
    "success",
    ["a:3"],
  ],
  [
    "a re-run (same id, later) replaces it",
    [model("a", at(1, 1), "failure"), model("a", at(1, 9), "success")],
    "success",
    ["a:1"],
  ],
  [
    "a later failed run of the same workflow replaces the model",
    [model("a", at(1, 1), "success"), problem(at(2, 2, null))],
    "failure",
    [],
  ],
  [
    "a later evaluation of the same workflow settles the problem",
    [problem(at(1, 1, null)), model("a", at(2, 2), "success")],
    "success",
    ["a:2"],
  ],
  [
    "a problem of another workflow stays",
    [problem(at(1, 1, null, "other.yml")), model("a", at(2, 2), "success")],
    "failure",
    ["a:2"],
  ],
  [
    "the earlier attempt redelivered after a failed re-run is stale",
    [model("a", at(1, 1), "success"), problem(at(1, 5, null)), model("a", at(1, 1), "success")],
    "failure",
    [],
  ],
] as const)("%s", (_name, news, conclusion, models) => {
  const record = fold([...news]);
  expect(decideEvaluationRecord(record)).toBe(conclusion);
  expect(Object.entries(record.models).map(([m, e]) => `${m}:${e.run_id}`)).toEqual(models);
});

test("the record survives its hidden marker, a model named `-->` included", () => {
  const record = fold([model("x --> <b>", at(1, 1), "success"), problem(at(2, 2, null, "o.yml"))]);
  const marker = encodeEvaluationRecord(record);
  expect(marker.indexOf("-->")).toBe(marker.length - 3);
  expect(decodeEvaluationRecord(`summary\n${marker}`)).toEqual(record);
  expect(decodeEvaluationRecord("<!-- mlops-bot:evaluation-record {bad -->")).toEqual(
    emptyEvaluationRecord,
  );
  expect(decodeEvaluationRecord(null)).toEqual(emptyEvaluationRecord);
});
