import { iso, isoOrNull, type SimContext } from "../sim-context.js";
import type { IssueRecord, PullFields } from "../store/records.js";
import { authorAssociation } from "./author-association.js";
import { serializeIssueLabels } from "./serialize-label.js";
import { serializeRepo } from "./serialize-repo.js";
import { serializeLogin } from "./serialize-user.js";

/** A `head`/`base` branch object of a pull request. */
function serializeBranch(ctx: SimContext, fullName: string, ref: string, sha: string) {
  const repo = ctx.store.repoByFullName(fullName);
  return {
    label: `${fullName.split("/")[0] ?? ""}:${ref}`,
    ref,
    sha,
    user: repo ? serializeLogin(ctx, repo.owner) : null,
    repo: repo ? serializeRepo(ctx, repo) : null,
  };
}

/** GitHub's `pull-request` shape for an issue record that is a pull request. */
export function serializePull(ctx: SimContext, issue: IssueRecord): Record<string, unknown> {
  const pull = issue.pull as PullFields;
  const repo = ctx.store.repoOf(issue);
  const repoUrl = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}`;
  const url = `${repoUrl}/pulls/${issue.number}`;
  const htmlUrl = `${ctx.urls.web}/${repo.owner}/${repo.name}/pull/${issue.number}`;
  const baseSha = repo.branches.get(pull.baseRef) ?? "0".repeat(40);
  const assignees = issue.assignees.map((login) => serializeLogin(ctx, login));
  return {
    url,
    id: issue.id,
    node_id: issue.nodeId,
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: `${repoUrl}/issues/${issue.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${repoUrl}/issues/${issue.number}/comments`,
    statuses_url: `${repoUrl}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: serializeLogin(ctx, issue.user),
    body: issue.body,
    labels: serializeIssueLabels(ctx, repo, issue.labels),
    milestone: null,
    active_lock_reason: null,
    created_at: iso(issue.createdAt),
    updated_at: iso(issue.updatedAt),
    closed_at: isoOrNull(issue.closedAt),
    merged_at: pull.merged ? isoOrNull(issue.closedAt) : null,
    merge_commit_sha: null,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: serializeBranch(ctx, pull.headRepo, pull.headRef, pull.headSha),
    base: serializeBranch(ctx, issue.repo, pull.baseRef, baseSha),
    _links: {
      self: { href: url },
      html: { href: htmlUrl },
      issue: { href: `${repoUrl}/issues/${issue.number}` },
      comments: { href: `${repoUrl}/issues/${issue.number}/comments` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoUrl}/statuses/${pull.headSha}` },
    },
    author_association: authorAssociation(repo, issue.user),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: null,
    rebaseable: null,
    mergeable_state: "unknown",
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: pull.commits.length,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

/** The minimal pull request reference embedded in `workflow_run.pull_requests` and check runs. */
export function serializePullRef(ctx: SimContext, issue: IssueRecord): Record<string, unknown> {
  const pull = issue.pull as PullFields;
  const repo = ctx.store.repoOf(issue);
  const head = ctx.store.repoByFullName(pull.headRepo) ?? repo;
  const ref = (r: typeof repo) => ({
    id: r.id,
    url: `${ctx.urls.api}/repos/${r.owner}/${r.name}`,
    name: r.name,
  });
  return {
    url: `${ctx.urls.api}/repos/${repo.owner}/${repo.name}/pulls/${issue.number}`,
    id: issue.id,
    number: issue.number,
    head: { ref: pull.headRef, sha: pull.headSha, repo: ref(head) },
    base: {
      ref: pull.baseRef,
      sha: repo.branches.get(pull.baseRef) ?? "0".repeat(40),
      repo: ref(repo),
    },
  };
}
