import { z } from "zod";
import { iso } from "../sim-context.js";
import type { RestContext, Route } from "../http/route-types.js";
import { paginateList } from "../http/paginate-list.js";
import { parseBody } from "../http/parse-body.js";
import type { ReactionRecord } from "../store/records.js";
import { serializeLogin } from "../serialize/serialize-user.js";
import { requireComment } from "./serve-comments.js";

const CONTENTS = ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"] as const;
const createSchema = z.object({ content: z.enum(CONTENTS) });

function serializeReaction(ctx: RestContext, reaction: ReactionRecord): Record<string, unknown> {
  return {
    id: reaction.id,
    node_id: reaction.nodeId,
    user: serializeLogin(ctx, reaction.user),
    content: reaction.content,
    created_at: iso(reaction.createdAt),
  };
}

/** Reactions on issue comments: 201 when new, 200 with the existing one on a repeat. */
export const reactionRoutes: Route[] = [
  {
    method: "POST",
    pattern: "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
    handler: (ctx, req) => {
      const comment = requireComment(ctx, req);
      const { content } = parseBody(createSchema, req.body);
      const existing = comment.reactions.find((r) => r.user === req.actor && r.content === content);
      if (existing) return { status: 200, body: serializeReaction(ctx, existing) };
      const id = ctx.store.nextId();
      const reaction = ctx.store.register<ReactionRecord>({
        kind: "reaction",
        id,
        nodeId: ctx.store.nodeIdFor("REA", id),
        content,
        user: req.actor,
        createdAt: ctx.store.now(),
      });
      comment.reactions.push(reaction);
      return { status: 201, body: serializeReaction(ctx, reaction) };
    },
  },
  {
    method: "GET",
    pattern: "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
    handler: (ctx, req) => {
      const content = req.query.get("content");
      const reactions = requireComment(ctx, req).reactions.filter(
        (r) => !content || r.content === content,
      );
      return paginateList(
        req,
        reactions.map((r) => serializeReaction(ctx, r)),
      );
    },
  },
];
