import { z } from "zod";
import type { Route } from "../http/route-types.js";
import { paginateList } from "../http/paginate-list.js";
import { parseBody } from "../http/parse-body.js";
import { createIssue } from "../ops/create-issue.js";
import { editIssue } from "../ops/edit-issue.js";
import type { IssueRecord } from "../store/records.js";
import { serializeIssue } from "../serialize/serialize-issue.js";
import { checkBodyLength } from "./check-body-length.js";
import { requireIssue, requireRepo } from "./lookup.js";

const labelList = z
  .array(z.union([z.string(), z.object({ name: z.string() })]))
  .transform((l) => l.map((x) => (typeof x === "string" ? x : x.name)));

const createSchema = z.object({
  title: z.union([z.string(), z.number()]).transform(String),
  body: z.string().nullish(),
  labels: labelList.optional(),
  assignees: z.array(z.string()).optional(),
});

const updateSchema = z.object({
  title: z.union([z.string(), z.number()]).transform(String).optional(),
  body: z.string().nullish(),
  state: z.enum(["open", "closed"]).optional(),
  state_reason: z.enum(["completed", "not_planned", "reopened"]).nullish(),
  labels: labelList.optional(),
  assignees: z.array(z.string()).optional(),
});

/** Issue list filters GitHub applies: state, labels (all must match), creator, sort/direction. */
function filterIssues(issues: IssueRecord[], query: URLSearchParams): IssueRecord[] {
  const state = query.get("state") ?? "open";
  const labels = (query.get("labels") ?? "")
    .split(",")
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const creator = query.get("creator")?.toLowerCase();
  const since = query.get("since");
  const sort = query.get("sort") ?? "created";
  const direction = query.get("direction") ?? "desc";
  const key = (i: IssueRecord) => (sort === "updated" ? i.updatedAt : i.createdAt).getTime();
  return issues
    .filter((i) => state === "all" || i.state === state)
    .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)))
    .filter((i) => !creator || i.user.toLowerCase() === creator)
    .filter((i) => !since || i.updatedAt >= new Date(since))
    .sort((a, b) => (direction === "asc" ? 1 : -1) * (key(a) - key(b) || a.number - b.number));
}

/** Issues: list (pull requests included, as GitHub does), create, get, update. */
export const issueRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/issues",
    handler: (ctx, req) => {
      const issues = filterIssues([...requireRepo(ctx, req).issues.values()], req.query);
      return paginateList(
        req,
        issues.map((i) => serializeIssue(ctx, i)),
      );
    },
  },
  {
    method: "POST",
    pattern: "/repos/{owner}/{repo}/issues",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const input = parseBody(createSchema, req.body);
      checkBodyLength("Issue", input.body);
      const { issue, events } = createIssue(ctx, repo, {
        ...input,
        user: req.actor,
        missingLabels: "create",
      });
      ctx.emit(events);
      return { status: 201, body: serializeIssue(ctx, issue) };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/issues/{issue_number}",
    handler: (ctx, req) => ({ status: 200, body: serializeIssue(ctx, requireIssue(ctx, req)) }),
  },
  {
    method: "PATCH",
    pattern: "/repos/{owner}/{repo}/issues/{issue_number}",
    handler: (ctx, req) => {
      const issue = requireIssue(ctx, req);
      const input = parseBody(updateSchema, req.body);
      checkBodyLength("Issue", input.body);
      const events = editIssue(
        ctx,
        issue,
        {
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.body !== undefined ? { body: input.body } : {}),
          ...(input.state ? { state: input.state } : {}),
          ...(input.state_reason !== undefined ? { stateReason: input.state_reason } : {}),
          ...(input.labels ? { labels: input.labels } : {}),
          ...(input.assignees ? { assignees: input.assignees } : {}),
        },
        req.actor,
      );
      ctx.emit(events);
      return { status: 200, body: serializeIssue(ctx, issue) };
    },
  },
];
