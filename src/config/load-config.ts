import { createHash } from "node:crypto";
import { describeConfigIssues, type ConfigProblem } from "./describe-config-issues.js";
import type { ProbotOctokit } from "probot";
import { readRawFile } from "../github/contents/read-raw-file.js";
import { mergeConfigs } from "./merge-configs.js";
import { readConfigChain, type ConfigFileRef } from "./read-config-chain.js";
import { CONFIG_PATH, configSchema, type Config } from "./schema.js";

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

/** The repository an event is about. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** What reads the file: Probot's `context` (its client and the event's repository). */
export interface ConfigSource {
  octokit: Pick<ProbotOctokit, "request">;
  repo(): RepoRef;
}

/**
 * Reads `.github/mlops.yml` as Probot's `context.config` does (the owner's `.github`
 * repository as fallback, `_extends` followed, the same requests) and validates it. It
 * reads the files itself rather than through `context.config` because Probot's plugin
 * parses whatever size the file is (quadratic in its keys) and silently takes a scalar
 * file or a missing `_extends` target for "no configuration" (see `readConfigChain`).
 * A missing file means all defaults. Throws only for GitHub API errors.
 */
export async function loadConfig(source: ConfigSource): Promise<ConfigResult> {
  const here = source.repo();
  const read = (ref: ConfigFileRef) => readRawFile(source.octokit, ref);
  const chain = await readConfigChain(read, { ...here, path: CONFIG_PATH });
  if (!chain.ok)
    return { ok: false, error: withFingerprint(fileName(chain.file, here), [chain.problem]) };
  const parsed = configSchema.safeParse(mergeConfigs(chain.configs), { reportInput: true });
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    error: withFingerprint(CONFIG_PATH, describeConfigIssues(parsed.error.issues)),
  };
}

/** The path alone for this repository's file; `owner/repo:path` for an inherited one. */
function fileName(file: ConfigFileRef, here: RepoRef): string {
  const same =
    file.owner.toLowerCase() === here.owner.toLowerCase() &&
    file.repo.toLowerCase() === here.repo.toLowerCase();
  return same ? file.path : `${file.owner}/${file.repo}:${file.path}`;
}

function withFingerprint(file: string, problems: ConfigProblem[]): ConfigError {
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ file, problems }))
    .digest("hex")
    .slice(0, 12);
  return { file, problems, fingerprint };
}
