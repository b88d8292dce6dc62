import type { SimContext } from "./sim-context.js";

/** An issue or PR as people see it: text, state, labels and the comment thread. */
export interface IssueSnapshot {
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  isPullRequest: boolean;
  labels: string[];
  pinned: boolean;
  comments: Array<{ id: number; user: string; body: string; reactions: string[] }>;
}

/** A snapshot of an issue or PR, or undefined, for the demo and assertions. */
export function readIssue(
  ctx: SimContext,
  repo: string,
  number: number,
): IssueSnapshot | undefined {
  const issue = ctx.store.repoByFullName(repo)?.issues.get(number);
  if (!issue) return undefined;
  const comments = [...ctx.store.comments.values()]
    .filter((c) => c.repo === issue.repo && c.issueNumber === number)
    .sort((a, b) => a.id - b.id);
  return {
    number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    isPullRequest: issue.pull !== null,
    labels: [...issue.labels],
    pinned: issue.pinned,
    comments: comments.map((c) => ({
      id: c.id,
      user: c.user,
      body: c.body,
      reactions: c.reactions.map((r) => r.content),
    })),
  };
}
