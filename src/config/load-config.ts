import { createHash } from "node:crypto";
import { describeConfigIssues, type ConfigProblem } from "./describe-config-issues.js";
import { describeLoadFailure, type RepoRef } from "./describe-load-failure.js";
import { CONFIG_FILE, CONFIG_PATH, configSchema, type Config } from "./schema.js";

/** A configuration that cannot be used: which file, and every problem found in it. */
export interface ConfigError {
  /** `.github/mlops.yml`, or `owner/repo:path` for an inherited file that is at fault. */
  file: string;
  problems: ConfigProblem[];
  /** Short and stable: the same broken file gives the same fingerprint (one message per distinct error). */
  fingerprint: string;
}

/** The outcome of reading the configuration: a result, never a throw for a bad file. */
export type ConfigResult = { ok: true; config: Config } | { ok: false; error: ConfigError };

/** deepmerge's options, as far as we use them. */
interface MergeOptions {
  arrayMerge?(target: unknown[], source: unknown[]): unknown[];
  customMerge?: (key: string) => ((target: unknown, source: unknown) => unknown) | undefined;
}

/** What reads the file: Probot's `context` (its `config` and, to name inherited files, `repo`). */
export interface ConfigSource {
  config(file: string, defaults?: object, mergeOptions?: MergeOptions): Promise<unknown>;
  repo?(): RepoRef;
}

/**
 * The contract says a key that is given replaces its default whole, also across
 * `_extends`; deepmerge concatenates arrays and merges maps unless told otherwise, so
 * `steps: [10, 100]` over a base `[5, 25, 50, 100]` would become six steps.
 */
const MERGE_OPTIONS: MergeOptions = {
  arrayMerge: (_target, source) => source,
  customMerge: (key) => (key === "thresholds" ? (_target, source) => source : undefined),
};

/**
 * Reads `.github/mlops.yml` through `context.config` (the owner's `.github` repository
 * as fallback, `_extends` followed) and validates it. Defaults come from the schema,
 * not from `context.config`'s defaults argument (which deepmerge would concatenate
 * into). A missing file means all defaults. Throws only for GitHub API errors.
 */
export async function loadConfig(source: ConfigSource): Promise<ConfigResult> {
  let raw: unknown;
  try {
    raw = await source.config(CONFIG_FILE, undefined, MERGE_OPTIONS);
  } catch (error) {
    const failure = describeLoadFailure(error, source.repo?.(), CONFIG_PATH);
    if (failure === null) throw error;
    return { ok: false, error: withFingerprint(failure.file, failure.problems) };
  }
  const parsed = configSchema.safeParse(raw ?? {}, { reportInput: true });
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    error: withFingerprint(CONFIG_PATH, describeConfigIssues(parsed.error.issues)),
  };
}

function withFingerprint(file: string, problems: ConfigProblem[]): ConfigError {
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ file, problems }))
    .digest("hex")
    .slice(0, 12);
  return { file, problems, fingerprint };
}
