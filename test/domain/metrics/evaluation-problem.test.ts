import { expect, test } from "vitest";
import {
  evaluationProblemCodes,
  evaluationProblemConclusion,
  problemOfRunConclusion,
} from "../../../src/domain/metrics/evaluation-problem.js";

test("every problem fails the gate: a required neutral check would count as passing", () => {
  expect(
    Object.fromEntries(evaluationProblemCodes.map((c) => [c, evaluationProblemConclusion(c)])),
  ).toEqual({
    "run-failed": "failure",
    "run-cancelled": "failure",
    "no-artifact": "failure",
    "artifact-expired": "failure",
    "too-large": "failure",
    "too-many-entries": "failure",
    "bad-zip": "failure",
    "zip-bomb": "failure",
    "no-file": "failure",
    "not-json": "failure",
    schema: "failure",
  });
});

test.each([
  ["success", null],
  ["neutral", null],
  ["failure", "run-failed"],
  ["timed_out", "run-failed"],
  ["startup_failure", "run-failed"],
  ["action_required", "run-failed"],
  [null, "run-failed"],
  ["cancelled", "run-cancelled"],
  ["skipped", "run-cancelled"],
  ["stale", "run-cancelled"],
])("a run that ended %s: %s", (conclusion, problem) => {
  expect(problemOfRunConclusion(conclusion)).toBe(problem);
});
