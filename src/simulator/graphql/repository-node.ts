import type { SimContext } from "../sim-context.js";
import type { IssueRecord, RepoRecord } from "../store/records.js";
import { actorNodeOf } from "./actor-node.js";
import { githubError } from "./github-error.js";
import { issueNode } from "./issue-node.js";
import { paginateConnection, type ConnectionArgs } from "./paginate-connection.js";

type Info = { fieldName: string };
type ListArgs = ConnectionArgs & {
  orderBy?: { field: string; direction: "ASC" | "DESC" } | null;
  states?: string[] | null;
  labels?: string[] | null;
  headRefName?: string | null;
  baseRefName?: string | null;
};

function stateOf(issue: IssueRecord): string {
  if (issue.pull?.merged) return "MERGED";
  return issue.state === "open" ? "OPEN" : "CLOSED";
}

function list(ctx: SimContext, issues: IssueRecord[], args: ListArgs, info: Info) {
  const filtered = issues
    .filter((i) => !args.states || args.states.includes(stateOf(i)))
    .filter((i) => !args.labels || args.labels.some((l) => i.labels.includes(l)))
    .filter((i) => !args.headRefName || i.pull?.headRef === args.headRefName)
    .filter((i) => !args.baseRefName || i.pull?.baseRef === args.baseRefName)
    .sort((a, b) => a.number - b.number)
    .sort((a, b) => compareBy(args.orderBy, a, b));
  return paginateConnection(
    filtered.map((i) => issueNode(ctx, i)),
    args,
    info,
  );
}

/** `orderBy` of `issues`/`pullRequests` (CREATED_AT, UPDATED_AT); none: by number, as before. */
function compareBy(order: ListArgs["orderBy"], a: IssueRecord, b: IssueRecord): number {
  if (!order) return 0;
  const at = (i: IssueRecord) =>
    (order.field === "UPDATED_AT" ? i.updatedAt : i.createdAt).getTime();
  return (at(a) - at(b)) * (order.direction === "DESC" ? -1 : 1);
}

/** A `Repository` node with its issues and pull requests. */
export function repositoryNode(ctx: SimContext, repo: RepoRecord): Record<string, unknown> {
  const all = () => [...repo.issues.values()];
  const notFound = (kind: string, number: number) =>
    githubError("NOT_FOUND", `Could not resolve to ${kind} with the number of ${number}.`);
  return {
    __typename: "Repository",
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    url: `${ctx.urls.web}/${repo.owner}/${repo.name}`,
    isPrivate: repo.private,
    visibility: repo.private ? "PRIVATE" : "PUBLIC",
    owner: () => actorNodeOf(ctx, repo.owner),
    defaultBranchRef: {
      __typename: "Ref",
      id: ctx.store.nodeIdFor("REF", repo.id),
      name: repo.defaultBranch,
      prefix: "refs/heads/",
      target: { __typename: "Commit", oid: repo.branches.get(repo.defaultBranch) },
    },
    issue: ({ number }: { number: number }) => {
      const issue = repo.issues.get(number);
      if (!issue || issue.pull) throw notFound("an Issue", number);
      return issueNode(ctx, issue);
    },
    pullRequest: ({ number }: { number: number }) => {
      const pull = repo.issues.get(number);
      if (!pull?.pull) throw notFound("a PullRequest", number);
      return issueNode(ctx, pull);
    },
    issueOrPullRequest: ({ number }: { number: number }) => {
      const issue = repo.issues.get(number);
      if (!issue) throw notFound("an issue or pull request", number);
      return issueNode(ctx, issue);
    },
    issues: (args: ListArgs, _c: unknown, info: Info) =>
      list(
        ctx,
        all().filter((i) => !i.pull),
        args,
        info,
      ),
    pullRequests: (args: ListArgs, _c: unknown, info: Info) =>
      list(
        ctx,
        all().filter((i) => i.pull),
        args,
        info,
      ),
  };
}
