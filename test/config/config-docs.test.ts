import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import YAML from "yaml";
import { configSchema } from "../../src/config/schema.js";

const docs = readFileSync(new URL("../../docs/config.md", import.meta.url), "utf8");
const defaults = configSchema.parse({}) as unknown as Record<string, Record<string, unknown>>;

/** The sections' keys, read from the schema (a section is a preprocess pipe around a closed object). */
function schemaKeys(): string[] {
  return Object.entries(configSchema.shape)
    .filter(([name]) => name !== "_extends")
    .flatMap(([name, sectionSchema]) => {
      const inner = (sectionSchema as unknown as { out: { shape: Record<string, unknown> } }).out;
      return Object.keys(inner.shape).map((key) => `${name}.${key}`);
    });
}

/** The Default cell the docs must show for a key. */
function documentedDefault(path: string): string {
  const [name = "", key = ""] = path.split(".");
  const value = defaults[name]?.[key];
  if (value === undefined) return path === "project.owner" ? "the repository owner" : "none";
  if (Array.isArray(value)) return `\`[${value.join(", ")}]\``;
  if (typeof value === "object" && value !== null && Object.keys(value).length === 0) return "none";
  return `\`${String(value)}\``;
}

test("the schema has the contract's keys", () => {
  expect(schemaKeys()).toHaveLength(31);
});

test.each(schemaKeys())("docs/config.md documents %s with its default", (path) => {
  // Cells are trimmed: prettier pads the table's columns.
  const rows = docs.split("\n").map((line) => line.split("|").map((cell) => cell.trim()));
  const row = rows.find((cells) => cells[1] === `\`${path}\``);
  expect(row, `no table row for ${path}`).toBeDefined();
  expect(row?.[2]).toBe(documentedDefault(path));
});

test("the docs' examples are valid configurations", () => {
  const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) =>
    YAML.parse(match[1] ?? ""),
  );
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) expect(configSchema.safeParse(block).error).toBeUndefined();
});
