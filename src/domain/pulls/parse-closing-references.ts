/** GitHub's closing keywords ("Linking a pull request to an issue"), matched case-insensitively. */
const KEYWORDS = "close|closes|closed|fix|fixes|fixed|resolve|resolves|resolved";

/** `#N`, `owner/repo#N` or `https://<host>/owner/repo/issues/N`, after a keyword (and a colon). */
const REFERENCE = new RegExp(
  `(?<![\\w/])(?:${KEYWORDS}):?\\s+(?:([\\w.-]+/[\\w.-]+)#|https?://[^\\s/]+/([\\w.-]+/[\\w.-]+)/issues/|#)(\\d+)(?![\\w/-])`,
  "gi",
);

/**
 * Code and hidden text are not prose: GitHub links no reference written inside a fenced
 * block (up to 3 spaces of indent, 3 or more backticks or tildes, closed by a fence at least
 * as long), a code span of any number of backticks (``` ``Closes #1`` ```), or an HTML comment
 * (a PR template's `<!-- Closes #123 -->` hint). Each is replaced by a NUL, not removed, so
 * that `Closes `x` #12` does not become the keyword next to a reference.
 */
function withoutCode(body: string): string {
  return body
    .replace(/<!--[\s\S]*?(?:-->|(?![\s\S]))/g, "\u0000")
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm, "\u0000")
    .replace(/(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?(?<!`)\1(?!`)/g, "\u0000");
}

/**
 * The issue numbers a pull request body closes with GitHub's keywords, in order, each once:
 * `Closes #12`, `fixes: acme/models#12`, `Resolved https://github.com/acme/models/issues/12`.
 * Only references to `repo` (`owner/name`, compared case-insensitively) count; another
 * repository's are left out. GitHub links these itself only for PRs into the default branch,
 * so the app reads them here for a PR into any other branch.
 */
export function parseClosingReferences(body: string, repo: string): number[] {
  const here = repo.toLowerCase();
  const found: number[] = [];
  for (const match of withoutCode(body).matchAll(REFERENCE)) {
    const target = (match[1] ?? match[2])?.toLowerCase();
    const number = Number(match[3]);
    if ((target === undefined || target === here) && number > 0 && !found.includes(number))
      found.push(number);
  }
  return found;
}
