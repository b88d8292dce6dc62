import { notFound } from "../http/http-error.js";
import type { RestContext, RestRequest } from "../http/route-types.js";
import type { IssueRecord, RepoRecord } from "../store/records.js";

/** The repository of `{owner}/{repo}` in the path, or GitHub's 404. */
export function requireRepo(ctx: RestContext, req: RestRequest): RepoRecord {
  const repo = ctx.store.repo(req.params.owner ?? "", req.params.repo ?? "");
  if (!repo) throw notFound();
  return repo;
}

/** The issue or PR of `{issue_number}`/`{pull_number}` in the path, or 404. */
export function requireIssue(ctx: RestContext, req: RestRequest): IssueRecord {
  const repo = requireRepo(ctx, req);
  const number = Number(req.params.issue_number ?? req.params.pull_number);
  const issue = repo.issues.get(number);
  if (!issue) throw notFound();
  return issue;
}

/** A numeric path parameter. */
export function numberParam(req: RestRequest, name: string): number {
  return Number(req.params[name]);
}

/** A numeric id from the path that must belong to the path's repository. */
export function requireOwned<T extends { repo: string }>(
  repo: RepoRecord,
  record: T | undefined,
): T {
  if (!record || record.repo.toLowerCase() !== `${repo.owner}/${repo.name}`.toLowerCase()) {
    throw notFound();
  }
  return record;
}

/** Sorts newest first by creation time, then by id (GitHub's list order for most lists). */
export function newestFirst<T extends { createdAt: Date; id: number }>(records: T[]): T[] {
  return [...records].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
}
