import { iso, type SimContext } from "../sim-context.js";
import type { CommentRecord } from "../store/records.js";
import { performedVia } from "./serialize-app.js";
import { authorAssociation } from "./author-association.js";
import { serializeReactionRollup } from "./serialize-reactions.js";
import { serializeLogin } from "./serialize-user.js";

/** GitHub's `issue-comment` shape. */
export function serializeComment(ctx: SimContext, comment: CommentRecord): Record<string, unknown> {
  const repo = ctx.store.repoOf(comment);
  const repoUrl = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}`;
  const url = `${repoUrl}/issues/comments/${comment.id}`;
  const issue = repo.issues.get(comment.issueNumber);
  const kind = issue?.pull ? "pull" : "issues";
  return {
    url,
    html_url: `${ctx.urls.web}/${repo.owner}/${repo.name}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: comment.nodeId,
    user: serializeLogin(ctx, comment.user),
    created_at: iso(comment.createdAt),
    updated_at: iso(comment.updatedAt),
    author_association: authorAssociation(repo, comment.user),
    body: comment.body,
    reactions: serializeReactionRollup(url, comment.reactions),
    performed_via_github_app: performedVia(ctx, comment.user),
  };
}
