import { expect, test } from "vitest";
import {
  decideRunOutcome,
  evaluationWorkflowPath,
} from "../../../src/handlers/evaluation/decide-run-outcome.js";
import type { RunMetrics } from "../../../src/handlers/evaluation/read-run-metrics.js";

const file = { model: "m", metrics: { accuracy: 0.9 } };
const read: RunMetrics = { ok: true, file };
const none: RunMetrics = { ok: false, code: "no-artifact", message: "no artifact" };
const broken: RunMetrics = { ok: false, code: "not-json", message: "line 1" };
const ci = ".github/workflows/ci.yml";

test.each([
  ["metrics read: judged, whatever the run", "failure", ci, read, { kind: "evaluate", file }],
  [
    "an artifact that cannot be used",
    "success",
    ci,
    broken,
    { kind: "problem", code: "not-json", message: "line 1" },
  ],
  [
    "the template without the artifact",
    "success",
    evaluationWorkflowPath,
    none,
    { kind: "problem", code: "no-artifact", message: "no artifact" },
  ],
  [
    "the template failed",
    "failure",
    evaluationWorkflowPath,
    none,
    { kind: "problem", code: "run-failed", message: "failure" },
  ],
  [
    "the template timed out",
    "timed_out",
    evaluationWorkflowPath,
    none,
    { kind: "problem", code: "run-failed", message: "timed_out" },
  ],
  [
    "the template cancelled",
    "cancelled",
    evaluationWorkflowPath,
    none,
    { kind: "problem", code: "run-cancelled", message: "cancelled" },
  ],
  ["another workflow without it, passing", "success", ci, none, { kind: "ignore" }],
  ["another workflow without it, failing", "failure", ci, none, { kind: "ignore" }],
  ["another workflow without it, cancelled", "cancelled", ci, none, { kind: "ignore" }],
] as const)("%s", (_name, conclusion, path, metrics, outcome) => {
  expect(decideRunOutcome({ conclusion, path }, metrics)).toEqual(outcome);
});
