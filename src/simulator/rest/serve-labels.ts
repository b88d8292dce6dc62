import { z } from "zod";
import { HttpError, notFound, validationFailed } from "../http/http-error.js";
import type { RestContext, RestRequest, Route } from "../http/route-types.js";
import { paginateList } from "../http/paginate-list.js";
import { parseBody } from "../http/parse-body.js";
import { addLabels, removeLabel, setLabels } from "../ops/change-labels.js";
import { ensureLabel } from "../ops/ensure-label.js";
import { serializeIssueLabels, serializeLabel } from "../serialize/serialize-label.js";
import { requireIssue, requireRepo } from "./lookup.js";

/** GitHub takes `{ labels: [...] }`, a bare array, or `{ labels: [{ name }] }`. */
const labelsBody = z
  .union([
    z.array(z.string()),
    z.object({ labels: z.array(z.union([z.string(), z.object({ name: z.string() })])) }),
  ])
  .transform((b) =>
    (Array.isArray(b) ? b : b.labels).map((l) => (typeof l === "string" ? l : l.name)),
  );

const createSchema = z.object({
  name: z.string().min(1),
  color: z
    .string()
    .regex(/^[0-9a-fA-F]{6}$/)
    .optional(),
  description: z.string().max(100).optional(),
});

function issueLabels(ctx: RestContext, req: RestRequest) {
  const issue = requireIssue(ctx, req);
  return { issue, body: () => serializeIssueLabels(ctx, ctx.store.repoOf(issue), issue.labels) };
}

/** Repository labels and an issue's labels (add, replace, remove). */
export const labelRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/labels",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      return paginateList(
        req,
        [...repo.labels.values()].map((l) => serializeLabel(ctx, repo, l)),
      );
    },
  },
  {
    method: "POST",
    pattern: "/repos/{owner}/{repo}/labels",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const input = parseBody(createSchema, req.body);
      if (repo.labels.has(input.name.toLowerCase())) {
        throw validationFailed([{ resource: "Label", code: "already_exists", field: "name" }]);
      }
      const label = ensureLabel(
        ctx.store,
        repo,
        input.name,
        input.color ?? "ededed",
        input.description ?? null,
      );
      return { status: 201, body: serializeLabel(ctx, repo, label) };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/labels/{name}",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const label = repo.labels.get((req.params.name ?? "").toLowerCase());
      if (!label) throw notFound();
      return { status: 200, body: serializeLabel(ctx, repo, label) };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    handler: (ctx, req) => paginateList(req, issueLabels(ctx, req).body()),
  },
  {
    method: "POST",
    pattern: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    handler: (ctx, req) => {
      const { issue, body } = issueLabels(ctx, req);
      ctx.emit(addLabels(ctx, issue, parseBody(labelsBody, req.body), req.actor));
      return { status: 200, body: body() };
    },
  },
  {
    method: "PUT",
    pattern: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    handler: (ctx, req) => {
      const { issue, body } = issueLabels(ctx, req);
      ctx.emit(setLabels(ctx, issue, parseBody(labelsBody, req.body), req.actor));
      return { status: 200, body: body() };
    },
  },
  {
    method: "DELETE",
    pattern: "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
    handler: (ctx, req) => {
      const { issue, body } = issueLabels(ctx, req);
      const events = removeLabel(ctx, issue, req.params.name ?? "", req.actor);
      if (!events) {
        throw new HttpError(404, {
          message: "Label does not exist",
          documentation_url:
            "https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue",
          status: "404",
        });
      }
      ctx.emit(events);
      return { status: 200, body: body() };
    },
  },
];
