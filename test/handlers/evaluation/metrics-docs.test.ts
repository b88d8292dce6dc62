import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { z } from "zod";
import { metricsFileSchema } from "../../../src/domain/metrics/metrics-file.js";
import { parseMetricsFile } from "../../../src/domain/metrics/metrics-file.js";

const docs = readFileSync(new URL("../../../docs/metrics.md", import.meta.url), "utf8");

/** Every key of the schema, nested objects as `parent.child`. */
function keysOf(schema: z.ZodObject, prefix = ""): string[] {
  return Object.entries(schema.shape).flatMap(([key, value]) => {
    const inner = value instanceof z.ZodOptional ? value.unwrap() : value;
    return inner instanceof z.ZodObject ? keysOf(inner, `${prefix}${key}.`) : [`${prefix}${key}`];
  });
}

test("docs/metrics.md has a row for every field of the metrics.json schema, and no other", () => {
  const keys = keysOf(metricsFileSchema);
  expect(keys).toContain("runner.duration_s");
  const rows = [...docs.matchAll(/^\| `([a-z_.]+)` +\| (?:yes|no) /gm)].map((m) => m[1]);
  expect(rows.sort()).toEqual([...keys].sort());
});

test("the example in docs/metrics.md is a valid metrics.json", () => {
  const example = /### 2\. The `metrics.json` format\n\n```json\n([\s\S]*?)```/.exec(docs)?.[1];
  expect(parseMetricsFile(example ?? "")).toMatchObject({ ok: true });
});
