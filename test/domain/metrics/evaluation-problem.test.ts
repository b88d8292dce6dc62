import { expect, test } from "vitest";
import { problemOfRunConclusion } from "../../../src/domain/metrics/evaluation-problem.js";

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
