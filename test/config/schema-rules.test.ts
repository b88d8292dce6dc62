import { expect, test } from "vitest";
import {
  describeConfigIssues,
  type ConfigProblem,
} from "../../src/config/describe-config-issues.js";
import { configSchema } from "../../src/config/schema.js";

/** The problems a person would be shown for this (already YAML-parsed) file. */
function problemsOf(input: unknown): ConfigProblem[] {
  const parsed = configSchema.safeParse(input, { reportInput: true });
  return parsed.success ? [] : describeConfigIssues(parsed.error.issues);
}

test.each<[string, unknown]>([
  ["the largest step list", { rollout: { steps: [1, 2, 100] } }],
  ["a single step of 100", { rollout: { steps: [100] } }],
  ["no gates", { rollout: { require: [] } }],
  ["every promoter role", { rollout: { promoters: "admin" } }],
  [
    "a threshold with both bounds equal",
    { metrics: { thresholds: { f1: { min: 0.5, max: 0.5 } } } },
  ],
  ["no regression allowed", { metrics: { max_regression: 0 } }],
  [
    "every alert kind",
    { alerts: { retrain_on: ["latency", "error_rate", "data_drift", "model_drift"] } },
  ],
  ["Probot's _extends", { _extends: "acme/.github" }],
  ["a login with a dash", { project: { owner: "my-org" } }],
])("valid: %s", (_name, input) => {
  expect(problemsOf(input)).toEqual([]);
});

test.each<[string, unknown, ConfigProblem[]]>([
  [
    "project.number 0",
    { project: { number: 0 } },
    [{ path: "project.number", message: "expected a whole number above 0, got 0" }],
  ],
  [
    "project.number 1.5",
    { project: { number: 1.5 } },
    [{ path: "project.number", message: "expected a whole number above 0, got 1.5" }],
  ],
  [
    "project.number as text",
    { project: { number: "7" } },
    [{ path: "project.number", message: 'expected a whole number above 0, got "7"' }],
  ],
  [
    "project.template -1",
    { project: { template: -1 } },
    [{ path: "project.template", message: "expected a whole number above 0, got -1" }],
  ],
  [
    "project.title blank",
    { project: { title: "  " } },
    [{ path: "project.title", message: 'expected non-empty text, got ""' }],
  ],
  [
    "project.owner not a login",
    { project: { owner: "-acme" } },
    [
      {
        path: "project.owner",
        message: 'expected a GitHub organization or user login, got "-acme"',
      },
    ],
  ],
  [
    "labels.incident empty",
    { labels: { incident: "" } },
    [{ path: "labels.incident", message: 'expected non-empty text, got ""' }],
  ],
  [
    "a label that is a list",
    { labels: { experiment: ["a"] } },
    [{ path: "labels.experiment", message: "expected non-empty text, got a list" }],
  ],
  [
    "two labels with one name",
    { labels: { experiment: "ML", deployment: "ml" } },
    [
      {
        path: "labels.deployment",
        message: '"ml" is already the name of labels.experiment; each needs its own name',
      },
    ],
  ],
  [
    "columns.data empty",
    { columns: { data: "" } },
    [{ path: "columns.data", message: 'expected non-empty text, got ""' }],
  ],
  [
    "two columns with one name",
    { columns: { monitoring: "Deployment" } },
    [
      {
        path: "columns.monitoring",
        message: '"Deployment" is already the name of columns.deployment; each needs its own name',
      },
    ],
  ],
  [
    "a threshold without bounds",
    { metrics: { thresholds: { accuracy: {} } } },
    [{ path: "metrics.thresholds.accuracy", message: "expected min, max or both" }],
  ],
  [
    "a threshold with min above max",
    { metrics: { thresholds: { accuracy: { min: 0.9, max: 0.8 } } } },
    [
      {
        path: "metrics.thresholds.accuracy",
        message: "expected min ≤ max, got min 0.9 above max 0.8",
      },
    ],
  ],
  [
    "a threshold given as a bare number",
    { metrics: { thresholds: { accuracy: 0.9 } } },
    [
      {
        path: "metrics.thresholds.accuracy",
        message: "expected { min: number, max: number } (one or both), got 0.9",
      },
    ],
  ],
  [
    "a threshold bound as text",
    { metrics: { thresholds: { "latency p95": { max: "50ms" } } } },
    [{ path: 'metrics.thresholds["latency p95"].max', message: 'expected a number, got "50ms"' }],
  ],
  [
    "a threshold with an unknown bound",
    { metrics: { thresholds: { f1: { minimum: 0.8 } } } },
    [
      {
        path: "metrics.thresholds.f1",
        message: 'unknown key "minimum"; the keys allowed here are: min, max',
      },
      { path: "metrics.thresholds.f1", message: "expected min, max or both" },
    ],
  ],
  [
    "a negative max_regression",
    { metrics: { max_regression: -0.1 } },
    [{ path: "metrics.max_regression", message: "expected a number of 0 or more, got -0.1" }],
  ],
  [
    "higher_is_better as text",
    { metrics: { higher_is_better: "f1" } },
    [{ path: "metrics.higher_is_better", message: 'expected a list of metric names, got "f1"' }],
  ],
  [
    "steps not increasing",
    { rollout: { steps: [5, 50, 25, 100] } },
    [{ path: "rollout.steps[2]", message: "expected a step above the one before (50)" }],
  ],
  [
    "steps repeating",
    { rollout: { steps: [5, 5, 100] } },
    [{ path: "rollout.steps[1]", message: "expected a step above the one before (5)" }],
  ],
  [
    "steps not ending at 100",
    { rollout: { steps: [5, 25, 50] } },
    [{ path: "rollout.steps[2]", message: "expected the last step to be 100 (all traffic)" }],
  ],
  [
    "a step of 0",
    { rollout: { steps: [0, 100] } },
    [
      {
        path: "rollout.steps[0]",
        message: "expected a whole number from 1 to 100 (no % sign), got 0",
      },
    ],
  ],
  [
    "a step above 100",
    { rollout: { steps: [50, 150] } },
    [
      {
        path: "rollout.steps[1]",
        message: "expected a whole number from 1 to 100 (no % sign), got 150",
      },
    ],
  ],
  [
    "a step written 25%",
    { rollout: { steps: ["25%", 100] } },
    [
      {
        path: "rollout.steps[0]",
        message: 'expected a whole number from 1 to 100 (no % sign), got "25%"',
      },
    ],
  ],
  [
    "a fractional step",
    { rollout: { steps: [12.5, 100] } },
    [
      {
        path: "rollout.steps[0]",
        message: "expected a whole number from 1 to 100 (no % sign), got 12.5",
      },
    ],
  ],
  [
    "no steps",
    { rollout: { steps: [] } },
    [
      {
        path: "rollout.steps",
        message: "expected a list of percentages such as [5, 25, 50, 100], got a list",
      },
    ],
  ],
  [
    "promoters read",
    { rollout: { promoters: "read" } },
    [{ path: "rollout.promoters", message: 'expected write, maintain or admin, got "read"' }],
  ],
  [
    "an unknown gate",
    { rollout: { require: ["checklist", "tests"] } },
    [{ path: "rollout.require[1]", message: 'expected checklist or evaluation, got "tests"' }],
  ],
  [
    "auto_rollback as text",
    { rollout: { auto_rollback: "yes" } },
    [{ path: "rollout.auto_rollback", message: 'expected true or false, got "yes"' }],
  ],
  [
    "an unknown alert kind",
    { alerts: { retrain_on: ["drift"] } },
    [
      {
        path: "alerts.retrain_on[0]",
        message: 'expected one of latency, error_rate, data_drift, model_drift, got "drift"',
      },
    ],
  ],
  [
    "a typo in a key",
    { rollout: { stpes: [10, 100] } },
    [
      {
        path: "rollout",
        message:
          'unknown key "stpes" (did you mean "steps"?); the keys allowed here are: environment, steps, promoters, require, auto_rollback, allow_forks',
      },
    ],
  ],
  [
    "unknown sections",
    { rolout: {}, deploy: {} },
    [
      {
        path: "(top level)",
        message:
          'unknown keys "rolout" (did you mean "rollout"?), "deploy"; the keys allowed here are: _extends, project, labels, columns, metrics, rollout, alerts',
      },
    ],
  ],
  [
    "a section that is not a mapping",
    { rollout: "fast" },
    [{ path: "rollout", message: 'expected a mapping of key: value lines, got "fast"' }],
  ],
  [
    "a file that is a list",
    [1, 2],
    [
      {
        path: "(top level)",
        message:
          "expected a mapping of sections such as project:, labels: and rollout:, got a list",
      },
    ],
  ],
])("invalid: %s", (_name, input, expected) => {
  expect(problemsOf(input)).toEqual(expected);
});

test("every problem in a file is reported at once, in file order", () => {
  const problems = problemsOf({
    project: { number: -1 },
    rollout: { steps: [5, 25], promoters: "owner" },
  });
  expect(problems.map((p) => p.path)).toEqual([
    "project.number",
    "rollout.steps[1]",
    "rollout.promoters",
  ]);
});
