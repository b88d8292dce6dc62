import type { ConfigProblem } from "./describe-config-issues.js";

/** Probot's config plugin prefixes the errors it throws for files it cannot use. */
const PLUGIN_PREFIX = "[@probot/octokit-plugin-config] ";

/** The repository an event is about, to tell its own file from an inherited one. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * Explains why `context.config` threw, when the cause is the file itself (bad YAML, a
 * bad `_extends`, a directory where the file should be): which file (`owner/repo:path`
 * when it is not this repository's) and what is wrong, with the YAML line when known.
 * Returns null for anything else — a GitHub API error is the operator's, not the file's.
 */
export function describeLoadFailure(
  error: unknown,
  here: RepoRef | undefined,
  defaultFile: string,
): { file: string; problems: ConfigProblem[] } | null {
  if (!(error instanceof Error) || !error.message.startsWith(PLUGIN_PREFIX)) return null;
  const text = error.message.slice(PLUGIN_PREFIX.length);
  const file = fileInMessage(text, here) ?? defaultFile;
  return { file, problems: [problemFor(text, error.cause)] };
}

function problemFor(text: string, cause: unknown): ConfigProblem {
  if (text.endsWith("(invalid YAML)")) return yamlProblem(cause);
  if (text.endsWith("(YAML is not an object)"))
    return {
      path: "(top level)",
      message: "expected a mapping of sections such as project: and rollout:, got text",
    };
  if (text.includes("is either a directory or a submodule"))
    return { path: "(top level)", message: "expected a file, found a directory or a submodule" };
  const invalid = /^Invalid value (.*) for _extends in /.exec(text);
  if (invalid)
    return {
      path: "_extends",
      message: `expected repo, owner/repo or owner/repo:path/file.yml, got ${invalid[1] ?? ""}`,
    };
  if (text.startsWith("Recursion detected"))
    return {
      path: "_extends",
      message: "the _extends chain comes back to a file it has already read",
    };
  return { path: "(top level)", message: text.replace(/https?:\/\/\S+/g, "").trim() };
}

/** The yaml package's parse errors carry `linePos`; their message repeats it and quotes the source. */
function yamlProblem(cause: unknown): ConfigProblem {
  const linePos = (cause as { linePos?: Array<{ line: number; col: number }> } | undefined)
    ?.linePos?.[0];
  const firstLine = cause instanceof Error ? (cause.message.split("\n")[0] ?? "") : "";
  const reason = firstLine.replace(/ at line \d+, column \d+:?$/, "").trim();
  const where = linePos ? ` (column ${linePos.col})` : "";
  return {
    path: linePos ? `line ${linePos.line}` : "(top level)",
    message: reason ? `not valid YAML: ${reason}${where}` : "not valid YAML",
  };
}

/** The first contents-API URL in the message names the file (`…/repos/o/r/contents/.github%2Fmlops.yml`). */
function fileInMessage(text: string, here: RepoRef | undefined): string | null {
  const match = /\/repos\/([^/\s]+)\/([^/\s]+)\/contents\/([^?\s]+)/.exec(text);
  if (!match) return null;
  const [owner, repo, path] = match.slice(1).map((part) => decodeURIComponent(part ?? ""));
  const sameRepo =
    here &&
    owner?.toLowerCase() === here.owner.toLowerCase() &&
    repo?.toLowerCase() === here.repo.toLowerCase();
  return sameRepo ? (path ?? null) : `${owner}/${repo}:${path}`;
}
