import type { IssueRecord, RepoRecord } from "../store/records.js";

/** The open pull requests of `repo` whose head is `sha`, as GitHub lists them on a check or run. */
export function openPullsAt(repo: RepoRecord, sha: string): IssueRecord[] {
  return [...repo.issues.values()].filter(
    (i) => i.pull && i.state === "open" && i.pull.headSha === sha,
  );
}
