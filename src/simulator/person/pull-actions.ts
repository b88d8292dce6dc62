import { createIssue } from "../ops/create-issue.js";
import { buildIssueEvent } from "../webhooks/build-issue-events.js";
import type { Opened, IssueRef } from "./issue-actions.js";
import { deliverEvents, issueNumbered, repoNamed, type PersonContext } from "./person-context.js";

/** A pull request a person opens from a branch (of a fork when `headRepo` differs). */
export interface OpenPullRequestInput {
  repo: string;
  title: string;
  body?: string;
  /** The head branch name. */
  head: string;
  /** The head commit SHA (40 hex). */
  sha: string;
  user: string;
  base?: string;
  /** `owner/name` of a fork; default the repository itself. */
  headRepo?: string;
  labels?: string[];
  draft?: boolean;
}

/** Opens a PR: `pull_request.opened`. The head branch is recorded in the head repository. */
export async function openPullRequest(
  pc: PersonContext,
  input: OpenPullRequestInput,
): Promise<Opened> {
  const repo = repoNamed(pc, input.repo);
  const headRepo = input.headRepo ?? `${repo.owner}/${repo.name}`;
  repoNamed(pc, headRepo).branches.set(input.head, input.sha);
  const { issue, events } = createIssue(pc.ctx, repo, {
    title: input.title,
    body: input.body ?? null,
    labels: input.labels ?? [],
    user: pc.ctx.store.requireUser(input.user).login,
    pull: {
      headRef: input.head,
      headSha: input.sha,
      headRepo,
      baseRef: input.base ?? repo.defaultBranch,
      commits: [input.sha],
      merged: false,
      draft: input.draft ?? false,
    },
  });
  return {
    number: issue.number,
    nodeId: issue.nodeId,
    deliveryIds: await deliverEvents(pc, events),
  };
}

/** Pushes a commit to the PR's branch: `pull_request.synchronize` with `before`/`after`. */
export async function pushToPullRequest(
  pc: PersonContext,
  input: IssueRef & { sha: string },
): Promise<string[]> {
  const pr = issueNumbered(pc, input.repo, input.number);
  if (!pr.pull) throw new Error(`simulator: #${input.number} is not a pull request`);
  const before = pr.pull.headSha;
  pr.pull.headSha = input.sha;
  pr.pull.commits.push(input.sha);
  repoNamed(pc, pr.pull.headRepo).branches.set(pr.pull.headRef, input.sha);
  pr.updatedAt = pc.ctx.store.now();
  const event = buildIssueEvent(pc.ctx, "synchronize", pr, input.user, {
    before,
    after: input.sha,
  });
  return deliverEvents(pc, [event]);
}
