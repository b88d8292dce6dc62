import type { core } from "zod";

/** One thing wrong in the configuration, as a person reads it. */
export interface ConfigProblem {
  /** Where, as written in YAML terms: `rollout.steps[1]`, `metrics.thresholds.accuracy.min`, or `(top level)`. */
  path: string;
  /** What was expected, and what was found when that helps. */
  message: string;
}

/** Issue codes whose message reads better followed by the value that was found. */
const SHOW_INPUT = new Set([
  "invalid_type",
  "invalid_value",
  "invalid_format",
  "too_small",
  "too_big",
  "not_multiple_of",
]);

/**
 * Turns zod issues (parsed with `reportInput: true`) into problems a person can act on:
 * the schema's own "expected …" sentence, the value found, and a dotted key path.
 */
export function describeConfigIssues(issues: readonly core.$ZodIssue[]): ConfigProblem[] {
  return issues.map((issue) => {
    // A bad map key (an empty metric name) carries the key schema's message inside.
    const message =
      issue.code === "invalid_key" ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    const found =
      SHOW_INPUT.has(issue.code) && "input" in issue ? `, got ${describeValue(issue.input)}` : "";
    return { path: formatKeyPath(issue.path), message: `${message}${found}` };
  });
}

/** `["rollout", "steps", 1]` → `rollout.steps[1]`; keys that are not plain words are quoted. */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(top level)";
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_][\w-]*$/.test(name)) return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join("");
}

/** A short description of a YAML value: text quoted and shortened, lists and mappings named. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
