/**
 * The `metrics` keys of `.github/mlops.yml` that the comparison and the gate read. Same
 * names and shapes as the config schema, so `Pick<Config["metrics"], …>` fits; the defaults
 * are the schema's (`configSchema.parse({}).metrics`).
 */
export interface MetricsGateConfig {
  /** The headline metric: charted, put on the board, guarded against regression. */
  primary: string;
  /** Metrics where a larger value is better; every other metric: lower is better. */
  higher_is_better: string[];
  /** Metric → bounds; a metric with a threshold that the file lacks fails. */
  thresholds: Record<string, { min?: number | undefined; max?: number | undefined }>;
  /** Allowed worsening of the primary metric against the baseline, in the metric's unit. */
  max_regression: number;
}
