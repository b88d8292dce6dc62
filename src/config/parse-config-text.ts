import { parse, YAMLParseError } from "yaml";
import type { ConfigProblem } from "./describe-config-issues.js";

/**
 * The largest `.github/mlops.yml` (and file it extends) that is parsed, in bytes. A full
 * configuration is under 2 KiB; 16 KiB holds some 400 thresholds. The bound is there
 * because the YAML library's duplicate-key check is quadratic in the keys of a mapping
 * and runs on every event, blocking the process: a 6,000-key file (143 KB) took 1.2–1.8 s
 * here, while the worst file within 16 KiB (1,943 one-character keys) parses in 0.1–0.3 s
 * and a real one in well under a millisecond. 64 KiB would still allow ~1 s.
 */
export const MAX_CONFIG_BYTES = 16 * 1024;

/** A file's text read as configuration: a mapping, or the one problem that stops it. */
export type ParsedConfigText =
  { ok: true; value: Record<string, unknown> } | { ok: false; problem: ConfigProblem };

/**
 * Parses one configuration file's text: its size checked before any parsing, then YAML,
 * then its top level, which must be a mapping. An empty file (or only comments) is an
 * empty mapping: every default. A scalar (`42`) or a list is a problem, not "no config".
 */
export function parseConfigText(text: string): ParsedConfigText {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_CONFIG_BYTES)
    return failed(
      "(top level)",
      `the file is ${count(bytes)} bytes; mlops-bot reads at most ${count(MAX_CONFIG_BYTES)} bytes (16 KiB), and a full configuration is under 2 KiB`,
    );
  let value: unknown;
  try {
    value = parse(text, { logLevel: "error" });
  } catch (error) {
    // An unknown alias (`*x`) or too many of them throws a ReferenceError, not a YAMLParseError.
    return { ok: false, problem: yamlProblem(error) };
  }
  if (value === null || value === undefined) return { ok: true, value: {} };
  if (typeof value !== "object" || Array.isArray(value))
    return failed(
      "(top level)",
      `expected a mapping of sections such as project: and rollout:, got ${kindOf(value)}`,
    );
  return { ok: true, value: value as Record<string, unknown> };
}

function failed(path: string, message: string): ParsedConfigText {
  return { ok: false, problem: { path, message } };
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  return `${typeof value === "number" ? "a number" : "a single value"} (${String(value)})`;
}

/** The yaml package's errors carry `linePos`; their message repeats it and quotes the source. */
function yamlProblem(error: unknown): ConfigProblem {
  const linePos = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
  const firstLine = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
  const reason = firstLine.replace(/ at line \d+, column \d+:?$/, "").trim();
  const where = linePos ? ` (column ${linePos.col})` : "";
  return {
    path: linePos ? `line ${linePos.line}` : "(top level)",
    message: reason ? `not valid YAML: ${reason}${where}` : "not valid YAML",
  };
}
