import { z } from "zod";

/** A metric value: JSON numbers only, so NaN and ±Infinity (which Python's json writes) fail. */
const metricValue = z.number({ error: "expected a finite number" });
const metricMap = z.record(z.string().min(1, "expected a non-empty metric name"), metricValue, {
  error: "expected an object of metric name → number",
});
const text = (max: number) =>
  z.string({ error: "expected a string" }).max(max, `expected at most ${max} characters`);
/** Versions are text; `"version": 3` is read as "3". */
const versionText = z
  .union([z.string(), z.number()], { error: "expected a string" })
  .transform(String)
  .pipe(text(100));

/**
 * `metrics.json`, the file a team's evaluation job writes into the `mlops-metrics`
 * artifact. Unknown top-level keys are dropped, so a newer writer does not break the app.
 */
export const metricsFileSchema = z.object(
  {
    /** The model evaluated; one PR comment per model. */
    model: text(200).trim().min(1, "expected a non-empty string"),
    /** The model version, e.g. "2.3.0". */
    version: versionText.optional(),
    /** Metric name → value: the headline table. */
    metrics: metricMap.refine((m) => Object.keys(m).length > 0, "expected at least one metric"),
    /** Slice name (e.g. "region=EU") → metric name → value. */
    slices: z
      .record(z.string(), metricMap, { error: "expected an object of slice name → metrics" })
      .optional(),
    /** The baseline's metrics, used when no deployment is live. */
    baseline: metricMap.optional(),
    /** The evaluation data set. */
    dataset: z
      .object(
        { name: text(200), version: versionText.optional() },
        { error: "expected an object with name and version" },
      )
      .optional(),
    /** Hyperparameters; null is accepted for Python's None. */
    params: z
      .record(
        z.string(),
        z.union([z.string(), z.number(), z.boolean(), z.null()], {
          error: "expected a string, number, boolean or null",
        }),
        { error: "expected an object of parameter name → value" },
      )
      .optional(),
    /** The machine that ran the evaluation (see `mlops-bot metrics runner-info`). */
    runner: z
      .object(
        {
          gpu: text(200).nullable().optional(),
          gpu_count: z
            .number({ error: "expected a number" })
            .int("expected a whole number")
            .min(0)
            .optional(),
          duration_s: z
            .number({ error: "expected a number" })
            .min(0, "expected a number ≥ 0")
            .optional(),
        },
        { error: "expected an object with gpu, gpu_count and duration_s" },
      )
      .optional(),
  },
  { error: "expected a JSON object with model and metrics" },
);

/** A parsed, valid `metrics.json`. */
export type MetricsFile = z.output<typeof metricsFileSchema>;

/** The outcome of parsing `metrics.json`: the file, or why it cannot be used. */
export type ParseMetricsFileResult =
  { ok: true; file: MetricsFile } | { ok: false; reason: "not-json" | "schema"; message: string };

/** Stand-ins for the bare tokens Python's json module writes for non-finite floats. */
const nonFinite: Record<string, number> = {
  "\u0000NaN": NaN,
  "\u0000Infinity": Infinity,
  "\u0000-Infinity": -Infinity,
};
const maxIssues = 10;

/**
 * Parses the text of `metrics.json`. Messages name the key path and what was expected,
 * e.g. `metrics.accuracy: expected a finite number, got NaN`, one line per problem.
 */
export function parseMetricsFile(input: string): ParseMetricsFileResult {
  let data: unknown;
  try {
    // NaN/Infinity are not JSON, but they are what a Python job writes for a broken metric:
    // read them as numbers so that the schema names the metric instead of saying "not JSON".
    const tolerant = input
      .replace(/^\uFEFF/, "")
      .replace(/"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)/g, (m, token?: string) =>
        token ? `"\\u0000${token}"` : m,
      );
    data = JSON.parse(tolerant, (_key, value: unknown) =>
      typeof value === "string" && value in nonFinite ? nonFinite[value] : value,
    );
  } catch (error) {
    return { ok: false, reason: "not-json", message: describeJsonError(input, error as Error) };
  }
  const parsed = metricsFileSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, file: parsed.data };
  const lines = parsed.error.issues.slice(0, maxIssues).map(describeIssue);
  const more = parsed.error.issues.length - lines.length;
  if (more > 0) lines.push(`… and ${more} more`);
  return { ok: false, reason: "schema", message: lines.join("\n") };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const got =
    issue.code === "invalid_type" || issue.code === "invalid_union"
      ? `, got ${describeInput(issue.input)}`
      : "";
  return `${formatPath(issue.path)}: ${issue.message}${got}`;
}

/** `metrics.accuracy`, `slices["region=EU"].f1`; `(file)` for the top level. */
function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return "(file)";
  return path
    .map((key, i) => {
      if (typeof key === "number") return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join("");
}

function describeInput(input: unknown): string {
  if (input === undefined) return "nothing (the key is missing)";
  if (input === null) return "null";
  if (typeof input === "string")
    return `the text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "an object";
  return String(input);
}

/** JSON.parse names a character offset; people look for a line and a column. */
function describeJsonError(input: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  const reason = error.message.replace(/ in JSON at position \d+.*$/s, "");
  if (position === undefined) return `not valid JSON: ${reason}`;
  const lines = input.slice(0, Number(position)).split("\n");
  return `not valid JSON at line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}: ${reason}`;
}
