import { z } from "zod";
import { notFound } from "../http/http-error.js";
import type { RestContext, RestRequest, Route } from "../http/route-types.js";
import { paginateList } from "../http/paginate-list.js";
import { parseBody } from "../http/parse-body.js";
import { createComment, editComment } from "../ops/create-comment.js";
import type { CommentRecord } from "../store/records.js";
import { serializeComment } from "../serialize/serialize-comment.js";
import { checkBodyLength } from "./check-body-length.js";
import { numberParam, requireIssue, requireOwned, requireRepo } from "./lookup.js";

const bodySchema = z.object({ body: z.string() });

/** The comment of `{comment_id}`, which must belong to the path's repository. */
export function requireComment(ctx: RestContext, req: RestRequest): CommentRecord {
  const repo = requireRepo(ctx, req);
  return requireOwned(repo, ctx.store.comments.get(numberParam(req, "comment_id")));
}

/** Issue and PR comments: list (oldest first, `since`), create, get, update, delete. */
export const commentRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    handler: (ctx, req) => {
      const issue = requireIssue(ctx, req);
      const since = req.query.get("since");
      const comments = [...ctx.store.comments.values()]
        .filter((c) => c.repo === issue.repo && c.issueNumber === issue.number)
        .filter((c) => !since || c.updatedAt >= new Date(since))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
      return paginateList(
        req,
        comments.map((c) => serializeComment(ctx, c)),
      );
    },
  },
  {
    method: "POST",
    pattern: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    handler: (ctx, req) => {
      const issue = requireIssue(ctx, req);
      const { body } = parseBody(bodySchema, req.body);
      checkBodyLength("IssueComment", body);
      const { comment, events } = createComment(ctx, issue, body, req.actor);
      ctx.emit(events);
      return { status: 201, body: serializeComment(ctx, comment) };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    handler: (ctx, req) => ({ status: 200, body: serializeComment(ctx, requireComment(ctx, req)) }),
  },
  {
    method: "PATCH",
    pattern: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    handler: (ctx, req) => {
      const comment = requireComment(ctx, req);
      const { body } = parseBody(bodySchema, req.body);
      checkBodyLength("IssueComment", body);
      ctx.emit(editComment(ctx, comment, body, req.actor));
      return { status: 200, body: serializeComment(ctx, comment) };
    },
  },
  {
    method: "DELETE",
    pattern: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    handler: (ctx, req) => {
      const comment = requireComment(ctx, req);
      if (!ctx.store.comments.delete(comment.id)) throw notFound();
      ctx.store.unregister(comment.nodeId);
      return { status: 204 };
    },
  },
];
