import { expect, test } from "vitest";
import {
  evaluationProblemCodes,
  evaluationProblemConclusion,
  problemOfRunConclusion,
} from "../../../src/domain/metrics/evaluation-problem.js";

test("nothing to judge is neutral; something to fix is a failure", () => {
  expect(
    Object.fromEntries(evaluationProblemCodes.map((c) => [c, evaluationProblemConclusion(c)])),
  ).toEqual({
    "run-failed": "failure",
    "run-cancelled": "neutral",
    "no-artifact": "failure",
    "artifact-expired": "neutral",
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
