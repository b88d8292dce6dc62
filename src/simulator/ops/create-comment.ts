import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { CommentRecord, IssueRecord } from "../store/records.js";
import { buildCommentEvent } from "../webhooks/build-comment-event.js";

/** Adds a comment to an issue or PR; returns it and `issue_comment.created`. */
export function createComment(
  ctx: SimContext,
  issue: IssueRecord,
  body: string,
  user: string,
): { comment: CommentRecord; events: WebhookEvent[] } {
  const { store } = ctx;
  const id = store.nextId();
  const now = store.now();
  const comment = store.register<CommentRecord>({
    kind: "comment",
    id,
    nodeId: store.nodeIdFor("IC", id),
    repo: issue.repo,
    issueNumber: issue.number,
    body,
    user,
    createdAt: now,
    updatedAt: now,
    reactions: [],
  });
  store.comments.set(id, comment);
  // GitHub counts a new comment as an update of its issue (`updated_at`, the list's `since`).
  issue.updatedAt = now;
  return { comment, events: [buildCommentEvent(ctx, "created", comment, user)] };
}

/** Changes a comment's body; `issue_comment.edited` with `changes.body.from` when it changed. */
export function editComment(
  ctx: SimContext,
  comment: CommentRecord,
  body: string,
  actor: string,
): WebhookEvent[] {
  if (body === comment.body) return [];
  const from = comment.body;
  comment.body = body;
  comment.updatedAt = ctx.store.now();
  return [buildCommentEvent(ctx, "edited", comment, actor, { body: { from } })];
}
