import type { ConfigProblem } from "./describe-config-issues.js";
import { parseConfigText } from "./parse-config-text.js";

/** Where one configuration file lives. */
export interface ConfigFileRef {
  owner: string;
  repo: string;
  path: string;
}

/** What reading one file gave (`readRawFile` of `src/github/contents`). */
export type ReadFile = (
  ref: ConfigFileRef,
) => Promise<{ kind: "file"; text: string } | { kind: "missing" } | { kind: "not-a-file" }>;

/** The files of the chain, nearest first, `_extends` removed; or the file at fault and why. */
export type ConfigChain =
  | { ok: true; configs: Array<Record<string, unknown>> }
  | { ok: false; file: ConfigFileRef; problem: ConfigProblem };

/** Probot's `_extends` syntax: `repo`, `owner/repo`, or either followed by `:path/file.yml`. */
const EXTENDS =
  /^(?:([a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38})\/)?([-_.\w\d]+)(?::([-_./\w\d]+\.ya?ml))?$/i;

/** More files than this in one `_extends` chain is a mistake, and a request per file per event. */
export const MAX_EXTENDS_FILES = 10;

/**
 * Reads the configuration the way Probot's `context.config` does, with the same requests:
 * the repository's file, else the owner's `.github` repository's, then the `_extends`
 * chain from the last one read. Unlike Probot's plugin, which parses first and drops what
 * it cannot use, each file's size is bounded before it is parsed, a file that is not a
 * mapping (`42`) is a problem rather than no configuration, and an `_extends` whose target
 * GitHub does not give is a problem of the file that names it rather than ignored.
 */
export async function readConfigChain(read: ReadFile, start: ConfigFileRef): Promise<ConfigChain> {
  let ref = start;
  let file = await read(ref);
  if (file.kind === "missing" && start.repo.toLowerCase() !== ".github") {
    ref = { ...start, repo: ".github" };
    file = await read(ref);
  }
  if (file.kind === "missing") return { ok: true, configs: [] };
  const configs: Array<Record<string, unknown>> = [];
  const seen: ConfigFileRef[] = [];
  for (;;) {
    if (file.kind !== "file")
      return fail(ref, "(top level)", "expected a file, found a directory or a submodule");
    const parsed = parseConfigText(file.text);
    if (!parsed.ok) return { ok: false, file: ref, problem: parsed.problem };
    const { _extends: extendsValue, ...config } = parsed.value;
    configs.push(config);
    seen.push(ref);
    if (extendsValue === undefined || extendsValue === null) return { ok: true, configs };
    const next = extendsTarget(extendsValue, start);
    if (next === null)
      return fail(
        ref,
        "_extends",
        `expected repo, owner/repo or owner/repo:path/file.yml, got ${JSON.stringify(extendsValue)}`,
      );
    if (seen.some((earlier) => sameFile(earlier, next)))
      return fail(ref, "_extends", "the _extends chain comes back to a file it has already read");
    if (seen.length >= MAX_EXTENDS_FILES)
      return fail(ref, "_extends", `the _extends chain is longer than ${MAX_EXTENDS_FILES} files`);
    file = await read(next);
    if (file.kind === "missing")
      return fail(
        ref,
        "_extends",
        `expected a file at ${next.owner}/${next.repo}:${next.path}, found none: the repository or the file does not exist, or the repository is private and mlops-bot is not installed on it`,
      );
    ref = next;
  }
}

function fail(file: ConfigFileRef, path: string, message: string): ConfigChain {
  return { ok: false, file, problem: { path, message } };
}

/** As Probot resolves it: the owner and the path default to the event's repository's. */
function extendsTarget(value: unknown, start: ConfigFileRef): ConfigFileRef | null {
  if (typeof value !== "string") return null;
  const match = EXTENDS.exec(value);
  if (match === null || match[2] === undefined) return null;
  return { owner: match[1] ?? start.owner, repo: match[2], path: match[3] ?? start.path };
}

/** GitHub's owner and repository names are case-insensitive; paths are not. */
function sameFile(a: ConfigFileRef, b: ConfigFileRef): boolean {
  return (
    a.owner.toLowerCase() === b.owner.toLowerCase() &&
    a.repo.toLowerCase() === b.repo.toLowerCase() &&
    a.path === b.path
  );
}
