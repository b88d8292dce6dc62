import type { SimStore } from "../store/sim-store.js";
import type { IssueRecord, RepoRecord } from "../store/records.js";

const KEYWORDS = "close|closes|closed|fix|fixes|fixed|resolve|resolves|resolved";

/**
 * The issues a pull request body closes, as GitHub links them: a closing keyword
 * followed by `#N`, `owner/repo#N` or an issue URL (in this repository's owner's
 * repositories). Pull requests are not issues and are skipped.
 */
export function findClosingReferences(
  store: SimStore,
  repo: RepoRecord,
  body: string | null,
): IssueRecord[] {
  const pattern = new RegExp(
    `\\b(?:${KEYWORDS}):?\\s+(?:([\\w.-]+\\/[\\w.-]+)#|https?:\\/\\/[^\\s/]+\\/([\\w.-]+\\/[\\w.-]+)\\/issues\\/|#)(\\d+)\\b`,
    "gi",
  );
  const found: IssueRecord[] = [];
  for (const match of (body ?? "").matchAll(pattern)) {
    const target = match[1] ?? match[2];
    const targetRepo = target ? store.repoByFullName(target) : repo;
    const issue = targetRepo?.issues.get(Number(match[3]));
    if (issue && !issue.pull && !found.includes(issue)) found.push(issue);
  }
  return found;
}
