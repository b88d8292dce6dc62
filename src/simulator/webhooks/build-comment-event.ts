import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { CommentRecord } from "../store/records.js";
import { serializeComment } from "../serialize/serialize-comment.js";
import { serializeIssue } from "../serialize/serialize-issue.js";
import { basePayload } from "./base-payload.js";

/** `issue_comment.<action>`: the comment and its issue (a PR's issue has `pull_request`). */
export function buildCommentEvent(
  ctx: SimContext,
  action: "created" | "edited" | "deleted",
  comment: CommentRecord,
  sender: string,
  changes?: Record<string, unknown>,
): WebhookEvent {
  const repo = ctx.store.repoOf(comment);
  const issue = repo.issues.get(comment.issueNumber);
  if (!issue) throw new Error(`simulator: comment on unknown issue #${comment.issueNumber}`);
  const payload = basePayload(ctx, "issue_comment", action, repo, sender);
  payload.issue = serializeIssue(ctx, issue);
  payload.comment = serializeComment(ctx, comment);
  if (changes) payload.changes = changes;
  else delete payload.changes;
  return { name: "issue_comment", payload };
}
