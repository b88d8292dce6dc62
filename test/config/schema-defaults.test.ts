import { describe, expect, expectTypeOf, test } from "vitest";
import {
  describeConfigIssues,
  type ConfigProblem,
} from "../../src/config/describe-config-issues.js";
import { CONFIG_FILE, CONFIG_PATH, configSchema, type Config } from "../../src/config/schema.js";

/** The problems a person would be shown for this (already YAML-parsed) file. */
function problemsOf(input: unknown): ConfigProblem[] {
  const parsed = configSchema.safeParse(input, { reportInput: true });
  return parsed.success ? [] : describeConfigIssues(parsed.error.issues);
}

const DEFAULTS: Config = {
  project: { title: "MLOps" },
  labels: {
    experiment: "ml-experiment",
    deployment: "ml-deployment",
    incident: "ml-monitoring",
    retraining: "ml-retraining",
    data: "ml-data",
    training: "ml-training",
    mlops: "type-mlops",
  },
  columns: {
    backlog: "Backlog",
    data: "Data Prep",
    experiment: "Experiment",
    evaluation: "Evaluation",
    deployment: "Deployment",
    monitoring: "Monitoring",
  },
  metrics: {
    artifact: "mlops-metrics",
    file: "metrics.json",
    primary: "accuracy",
    higher_is_better: ["accuracy", "f1", "auc"],
    thresholds: {},
    max_regression: 0.01,
    trust_forks: false,
  },
  rollout: {
    environment: "production",
    steps: [5, 25, 50, 100],
    promoters: "write",
    require: ["checklist", "evaluation"],
    auto_rollback: true,
    allow_forks: false,
  },
  alerts: { retrain_on: ["data_drift", "model_drift"] },
};

test("file name and path", () => {
  expect([CONFIG_FILE, CONFIG_PATH]).toEqual(["mlops.yml", ".github/mlops.yml"]);
});

test("project.owner has no static default and stays optional in Config", () => {
  expectTypeOf<Config["project"]["owner"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Config["rollout"]["steps"]>().toEqualTypeOf<number[]>();
});

describe("defaults: the contract's values, section by section", () => {
  test.each([
    ["an empty file", {}],
    [
      "empty sections (YAML null)",
      { project: null, labels: null, columns: null, metrics: null, rollout: null, alerts: null },
    ],
    [
      "empty mappings",
      { project: {}, labels: {}, columns: {}, metrics: {}, rollout: {}, alerts: {} },
    ],
  ])("%s", (_name, input) => {
    expect(configSchema.parse(input)).toEqual(DEFAULTS);
  });

  test("a key that is given replaces its default whole; its siblings keep theirs", () => {
    const config = configSchema.parse({
      rollout: { steps: [50, 100] },
      metrics: { higher_is_better: [] },
    });
    expect(config.rollout).toEqual({ ...DEFAULTS.rollout, steps: [50, 100] });
    expect(config.metrics).toEqual({ ...DEFAULTS.metrics, higher_is_better: [] });
  });
});

test("the contract's example file is valid as written", () => {
  const example = {
    project: { owner: "acme", number: 7, title: "ML Ops", template: 3 },
    labels: {
      experiment: "ml-experiment",
      deployment: "ml-deployment",
      incident: "ml-monitoring",
      retraining: "ml-retraining",
    },
    metrics: {
      artifact: "mlops-metrics",
      file: "metrics.json",
      primary: "accuracy",
      higher_is_better: ["accuracy", "f1", "auc"],
      thresholds: { accuracy: { min: 0.9 }, latency_p95_ms: { max: 50 } },
      max_regression: 0.01,
      trust_forks: false,
    },
    rollout: {
      environment: "production",
      steps: [5, 25, 50, 100],
      promoters: "write",
      require: ["checklist", "evaluation"],
      auto_rollback: true,
      allow_forks: false,
    },
    alerts: { retrain_on: ["data_drift", "model_drift"] },
  };
  expect(problemsOf(example)).toEqual([]);
  expect(configSchema.parse(example).project).toEqual(example.project);
});
