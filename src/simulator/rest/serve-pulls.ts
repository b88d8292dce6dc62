import { z } from "zod";
import { notFound } from "../http/http-error.js";
import type { RestContext, RestRequest, Route } from "../http/route-types.js";
import { paginateList } from "../http/paginate-list.js";
import { parseBody } from "../http/parse-body.js";
import { editIssue } from "../ops/edit-issue.js";
import type { IssueRecord } from "../store/records.js";
import { serializePull } from "../serialize/serialize-pull.js";
import { checkBodyLength } from "./check-body-length.js";
import { requireIssue, requireRepo } from "./lookup.js";

const updateSchema = z.object({
  title: z.string().optional(),
  body: z.string().optional(),
  state: z.enum(["open", "closed"]).optional(),
});

function requirePull(ctx: RestContext, req: RestRequest): IssueRecord {
  const issue = requireIssue(ctx, req);
  if (!issue.pull) throw notFound();
  return issue;
}

/** `head=owner:branch` as GitHub reads it (a bare branch means the base repository's owner). */
function matchesHead(pr: IssueRecord, head: string | null, owner: string): boolean {
  if (!head || !pr.pull) return true;
  const [headOwner, branch] = head.includes(":") ? head.split(":") : [owner, head];
  return (
    pr.pull.headRef === branch &&
    pr.pull.headRepo.split("/")[0]?.toLowerCase() === headOwner?.toLowerCase()
  );
}

/** Pull requests: list (state, head, base), get, update, and the PRs of a commit. */
export const pullRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/pulls",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const state = req.query.get("state") ?? "open";
      const base = req.query.get("base");
      const asc = req.query.get("direction") === "asc";
      const pulls = [...repo.issues.values()]
        .filter((i) => i.pull && (state === "all" || i.state === state))
        .filter((i) => matchesHead(i, req.query.get("head"), repo.owner))
        .filter((i) => !base || i.pull?.baseRef === base)
        .sort((a, b) => (asc ? a.number - b.number : b.number - a.number));
      return paginateList(
        req,
        pulls.map((p) => serializePull(ctx, p)),
      );
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/pulls/{pull_number}",
    handler: (ctx, req) => ({ status: 200, body: serializePull(ctx, requirePull(ctx, req)) }),
  },
  {
    method: "PATCH",
    pattern: "/repos/{owner}/{repo}/pulls/{pull_number}",
    handler: (ctx, req) => {
      const pr = requirePull(ctx, req);
      const input = parseBody(updateSchema, req.body);
      checkBodyLength("PullRequest", input.body);
      ctx.emit(editIssue(ctx, pr, input, req.actor));
      return { status: 200, body: serializePull(ctx, pr) };
    },
  },
  {
    // A commit that exists only in a fork is unknown here: the answer is `[]`.
    method: "GET",
    pattern: "/repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const sha = req.params.commit_sha ?? "";
      const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
      const pulls = [...repo.issues.values()].filter(
        (i) => i.pull?.headRepo.toLowerCase() === fullName && i.pull.commits.includes(sha),
      );
      return paginateList(
        req,
        pulls.map((p) => serializePull(ctx, p)),
      );
    },
  },
];
