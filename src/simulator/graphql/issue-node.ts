import { iso, isoOrNull, type SimContext } from "../sim-context.js";
import type { IssueRecord } from "../store/records.js";
import { findClosingReferences } from "../ops/find-closing-references.js";
import { canSeeProject } from "../ops/projects/project-visibility.js";
import { actorNodeOf } from "./actor-node.js";
import { itemNode } from "./item-node.js";
import { paginateConnection, type ConnectionArgs } from "./paginate-connection.js";
import { repositoryNode } from "./repository-node.js";

type Info = { fieldName: string };
type Resolver = (args: ConnectionArgs & Record<string, unknown>, c: unknown, info: Info) => unknown;

/** The fields `Issue` and `PullRequest` share. */
function commonFields(ctx: SimContext, issue: IssueRecord): Record<string, unknown> {
  const repo = ctx.store.repoOf(issue);
  const url = `${ctx.urls.web}/${repo.owner}/${repo.name}/${issue.pull ? "pull" : "issues"}/${issue.number}`;
  const lastEdit = issue.edits.at(-1);
  const connection =
    (nodes: () => unknown[]): Resolver =>
    (args, _c, info) =>
      paginateConnection(nodes(), args, info);
  return {
    id: issue.nodeId,
    databaseId: issue.id,
    fullDatabaseId: String(issue.id),
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
    bodyText: issue.body ?? "",
    url,
    resourcePath: new URL(url).pathname,
    closed: issue.state === "closed",
    closedAt: isoOrNull(issue.closedAt),
    createdAt: iso(issue.createdAt),
    updatedAt: iso(issue.updatedAt),
    lastEditedAt: lastEdit ? iso(lastEdit.editedAt) : null,
    includesCreatedEdit: issue.edits.length > 0,
    author: () => actorNodeOf(ctx, issue.user),
    editor: () => (lastEdit ? actorNodeOf(ctx, lastEdit.editor) : null),
    repository: () => repositoryNode(ctx, repo),
    labels: connection(() =>
      issue.labels.flatMap((name) => {
        const label = repo.labels.get(name.toLowerCase());
        return label
          ? [
              {
                __typename: "Label",
                id: label.nodeId,
                name: label.name,
                color: label.color,
                description: label.description,
              },
            ]
          : [];
      }),
    ),
    assignees: connection(() => issue.assignees.map((l) => actorNodeOf(ctx, l))),
    projectItems: connection(() =>
      [...ctx.store.projects.values()]
        .filter((p) => canSeeProject(ctx, p))
        .flatMap((p) => p.items.filter((i) => i.contentNodeId === issue.nodeId))
        .map((i) => itemNode(ctx, i)),
    ),
    // Newest revision first, as GitHub lists them.
    userContentEdits: connection(() =>
      [...issue.edits].reverse().map((edit) => ({
        __typename: "UserContentEdit",
        id: edit.nodeId,
        editedAt: iso(edit.editedAt),
        createdAt: iso(edit.editedAt),
        updatedAt: iso(edit.editedAt),
        editor: () => actorNodeOf(ctx, edit.editor),
        diff: edit.diff,
        deletedAt: null,
        deletedBy: null,
      })),
    ),
  };
}

/**
 * Whether GitHub links this PR's closing keywords: only a PR into the repository's default
 * branch has `closingIssuesReferences` (and shows in the issues' `closedByPullRequestsReferences`);
 * into a release branch, the keywords link nothing and merging closes nothing.
 */
function intoDefaultBranch(ctx: SimContext, pr: IssueRecord): boolean {
  return pr.pull?.baseRef === ctx.store.repoOf(pr).defaultBranch;
}

/** An `Issue` or `PullRequest` node. */
export function issueNode(ctx: SimContext, issue: IssueRecord): Record<string, unknown> {
  const repo = ctx.store.repoOf(issue);
  const common = commonFields(ctx, issue);
  if (!issue.pull) {
    return {
      __typename: "Issue",
      ...common,
      state: issue.state === "open" ? "OPEN" : "CLOSED",
      stateReason: issue.stateReason?.toUpperCase() ?? null,
      closedByPullRequestsReferences: (
        args: ConnectionArgs & { includeClosedPrs?: boolean },
        _c: unknown,
        info: Info,
      ) =>
        paginateConnection(
          [...repo.issues.values()]
            .filter((pr) => pr.pull && (args.includeClosedPrs || pr.state === "open"))
            .filter((pr) => intoDefaultBranch(ctx, pr))
            .filter((pr) => findClosingReferences(ctx.store, repo, pr.body).includes(issue))
            .map((pr) => issueNode(ctx, pr)),
          args,
          info,
        ),
    };
  }
  const pull = issue.pull;
  return {
    __typename: "PullRequest",
    ...common,
    state: pull.merged ? "MERGED" : issue.state === "open" ? "OPEN" : "CLOSED",
    headRefOid: pull.headSha,
    headRefName: pull.headRef,
    baseRefName: pull.baseRef,
    baseRefOid: repo.branches.get(pull.baseRef) ?? "0".repeat(40),
    isDraft: pull.draft,
    merged: pull.merged,
    mergedAt: pull.merged ? isoOrNull(issue.closedAt) : null,
    isCrossRepository: pull.headRepo.toLowerCase() !== issue.repo.toLowerCase(),
    headRepository: () => {
      const head = ctx.store.repoByFullName(pull.headRepo);
      return head ? repositoryNode(ctx, head) : null;
    },
    closingIssuesReferences: (args: ConnectionArgs, _c: unknown, info: Info) =>
      paginateConnection(
        intoDefaultBranch(ctx, issue)
          ? findClosingReferences(ctx.store, repo, issue.body).map((i) => issueNode(ctx, i))
          : [],
        args,
        info,
      ),
  };
}
