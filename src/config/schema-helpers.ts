import * as z from "zod";
import type { core } from "zod";
import { suggestKey } from "./suggest-key.js";

/**
 * Building blocks of the config schema. Each carries the sentence a person reads when
 * the value is wrong ("expected …"); the loader adds what was found instead.
 */

/**
 * A mapping whose unknown keys are errors that name the allowed keys (and the likely
 * typo); `expected` is what to say when the value is not a mapping at all.
 */
export function closedObject<Shape extends core.$ZodLooseShape>(
  shape: Shape,
  expected = "expected a mapping of key: value lines",
) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys, allowed) : expected,
  });
}

/**
 * A section of the file: absent or empty (`rollout:` with nothing under it, which YAML
 * reads as null) means `{}`, which the schema then fills with each key's own default.
 */
export function section<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => value ?? {}, schema);
}

/** Non-empty text, trimmed (a label or column name of spaces is a mistake). */
export function text() {
  return z.string({ error: "expected non-empty text" }).trim().min(1);
}

/** A whole number above 0 (project numbers). */
export function positiveInteger() {
  return z.int({ error: "expected a whole number above 0" }).positive();
}

/**
 * Fails each key of a mapping whose value (compared case-insensitively, as GitHub
 * compares label names) repeats an earlier key's: one name cannot mean two things.
 */
export function requireDistinct(sectionName: string) {
  return (values: Record<string, string>, ctx: z.RefinementCtx) => {
    const seen = new Map<string, string>();
    for (const [key, value] of Object.entries(values)) {
      const earlier = seen.get(value.toLowerCase());
      if (earlier === undefined) seen.set(value.toLowerCase(), key);
      else
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${value}" is already the name of ${sectionName}.${earlier}; each needs its own name`,
        });
    }
  };
}

/** Unknown keys named in one message; the rest are counted, so the allowed keys stay in view. */
const MAX_NAMED_KEYS = 5;

function unknownKeysMessage(keys: readonly string[], allowed: readonly string[]): string {
  const named = keys.slice(0, MAX_NAMED_KEYS).map((key) => {
    const suggestion = suggestKey(key, allowed);
    return suggestion === null ? `"${key}"` : `"${key}" (did you mean "${suggestion}"?)`;
  });
  const noun = keys.length === 1 ? "unknown key" : "unknown keys";
  const more = keys.length - named.length;
  const rest = more > 0 ? ` and ${more.toLocaleString("en-US")} more` : "";
  return `${noun} ${named.join(", ")}${rest}; the keys allowed here are: ${allowed.join(", ")}`;
}
