import { iso, isoOrNull, type SimContext } from "../sim-context.js";
import type { IssueRecord } from "../store/records.js";
import { authorAssociation } from "./author-association.js";
import { serializeIssueLabels } from "./serialize-label.js";
import { serializeReactionRollup } from "./serialize-reactions.js";
import { serializeLogin } from "./serialize-user.js";

/** GitHub's `issue` shape; pull requests carry the `pull_request` link object. */
export function serializeIssue(ctx: SimContext, issue: IssueRecord): Record<string, unknown> {
  const repo = ctx.store.repoOf(issue);
  const repoUrl = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}`;
  const url = `${repoUrl}/issues/${issue.number}`;
  const htmlBase = `${ctx.urls.web}/${repo.owner}/${repo.name}`;
  const kind = issue.pull ? "pull" : "issues";
  const comments = [...ctx.store.comments.values()].filter(
    (c) => c.repo === issue.repo && c.issueNumber === issue.number,
  );
  const assignees = issue.assignees.map((login) => serializeLogin(ctx, login));
  return {
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${htmlBase}/${kind}/${issue.number}`,
    id: issue.id,
    node_id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    user: serializeLogin(ctx, issue.user),
    labels: serializeIssueLabels(ctx, repo, issue.labels),
    state: issue.state,
    locked: false,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: comments.length,
    created_at: iso(issue.createdAt),
    updated_at: iso(issue.updatedAt),
    closed_at: isoOrNull(issue.closedAt),
    author_association: authorAssociation(repo, issue.user),
    active_lock_reason: null,
    ...(issue.pull
      ? {
          draft: issue.pull.draft,
          pull_request: {
            url: `${repoUrl}/pulls/${issue.number}`,
            html_url: `${htmlBase}/pull/${issue.number}`,
            diff_url: `${htmlBase}/pull/${issue.number}.diff`,
            patch_url: `${htmlBase}/pull/${issue.number}.patch`,
            merged_at: null,
          },
        }
      : {}),
    body: issue.body,
    reactions: serializeReactionRollup(url, []),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason,
  };
}
