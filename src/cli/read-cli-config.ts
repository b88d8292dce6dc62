import { resolve } from "node:path";
import { parse } from "yaml";
import { describeConfigIssues } from "../config/describe-config-issues.js";
import { MAX_CONFIG_BYTES as APP_MAX_CONFIG_BYTES } from "../config/parse-config-text.js";
import { CONFIG_PATH, configSchema, type Config } from "../config/schema.js";
import type { CliIo } from "./cli-io.js";

/**
 * The app's own bound (16 KiB, see parse-config-text.ts): the CLI judges as the app
 * would, so a file the app refuses is refused here too, not judged by its thresholds.
 */
export const MAX_CONFIG_BYTES = APP_MAX_CONFIG_BYTES;

/** The configuration the CLI judges with, or `ok: false` once stderr has said why there is none. */
export type CliConfigResult = { ok: true; config: Config } | { ok: false };

/**
 * The configuration of `mlops-bot metrics render`: the file `--config` names, else the
 * working directory's `.github/mlops.yml` when there is one (run in a repository, the CLI
 * judges as the app would), else the schema's defaults. Validated with the app's own
 * schema; a bad file is reported on stderr with each key path, as the app would reply.
 * `_extends` is not followed (that needs GitHub): the CLI warns and uses this file's keys.
 */
export async function readCliConfig(
  configPath: string | undefined,
  io: CliIo,
): Promise<CliConfigResult> {
  const path = configPath ?? CONFIG_PATH;
  let text: string;
  try {
    text = await io.readFile(resolve(io.cwd, path), MAX_CONFIG_BYTES);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    if (missing && configPath === undefined) return { ok: true, config: configSchema.parse({}) };
    io.stderr(`mlops-bot: cannot read the configuration ${path}: ${(error as Error).message}\n`);
    return { ok: false };
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    io.stderr(`mlops-bot: ${path} is not valid YAML: ${(error as Error).message}\n`);
    return { ok: false };
  }
  // An empty file is YAML's null: no settings, every default (as the app reads it).
  const parsed = configSchema.safeParse(raw ?? {}, { reportInput: true });
  if (!parsed.success) {
    const lines = describeConfigIssues(parsed.error.issues).map(
      (problem) => `  ${problem.path}: ${problem.message}\n`,
    );
    io.stderr(`mlops-bot: ${path} is not a valid configuration:\n${lines.join("")}`);
    return { ok: false };
  }
  if (parsed.data._extends !== undefined)
    io.stderr(
      `mlops-bot: warning: ${path} extends ${parsed.data._extends}, which the CLI does not read; only this file's settings are used\n`,
    );
  return { ok: true, config: parsed.data };
}
