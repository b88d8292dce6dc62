import * as z from "zod";
import { closedObject, section, text } from "../schema-helpers.js";

const bound = z.number({ error: "expected a number" });

/** One metric's bounds: at least one of `min` and `max`, and `min` ≤ `max`. */
const threshold = closedObject(
  {
    /** The lowest passing value (inclusive). */
    min: bound.optional(),
    /** The highest passing value (inclusive). */
    max: bound.optional(),
  },
  "expected { min: number, max: number } (one or both)",
).superRefine((value, ctx) => {
  if (value.min === undefined && value.max === undefined)
    ctx.addIssue({ code: "custom", message: "expected min, max or both" });
  else if (value.min !== undefined && value.max !== undefined && value.min > value.max)
    ctx.addIssue({
      code: "custom",
      message: `expected min ≤ max, got min ${value.min} above max ${value.max}`,
    });
});

/** `metrics`: where the evaluation metrics come from and what they must reach. */
export const metricsSection = section(
  closedObject({
    /**
     * The name of the workflow artifact holding the metrics file, one model's. Any completed
     * workflow run of the repository that uploaded it counts; a PR evaluating several models
     * uploads one artifact per model, named this or this + `-<anything>`
     * (`mlops-metrics-ranker`). Default: `mlops-metrics`.
     */
    artifact: text().default("mlops-metrics"),
    /** The metrics file inside the artifact. Default: `metrics.json`. */
    file: text().default("metrics.json"),
    /** The headline metric: the card's `Primary metric` field and the regression check. Default: `accuracy`. */
    primary: text().default("accuracy"),
    /**
     * The metrics for which a higher value is better; every other metric is better
     * lower (latency, error rates). Default: `[accuracy, f1, auc]`.
     */
    higher_is_better: z
      .array(text(), { error: "expected a list of metric names" })
      .default(["accuracy", "f1", "auc"]),
    /**
     * Bounds per metric (`accuracy: { min: 0.9 }`, `latency_p95_ms: { max: 50 }`) that
     * `mlops/evaluation` checks; a metric with a threshold that the file lacks fails.
     * Given in two files (`_extends`), the nearer file's map replaces the other whole.
     * Default: none.
     */
    thresholds: z
      .record(text(), threshold, { error: "expected a mapping of metric name → { min, max }" })
      .default({}),
    /**
     * The largest allowed drop of the primary metric against the live model (in the
     * metric's own units; a rise for a lower-is-better metric). Default: `0.01`.
     */
    max_regression: z.number({ error: "expected a number of 0 or more" }).min(0).default(0.01),
    /**
     * Whether runs whose head repository is a fork count as evaluations. A fork's PR runs the
     * fork's workflow, which can upload any metrics it likes, so by default its artifact is
     * not even downloaded and `mlops/evaluation` fails saying so. Default: `false`.
     */
    trust_forks: z.boolean({ error: "expected true or false" }).default(false),
  }),
);
