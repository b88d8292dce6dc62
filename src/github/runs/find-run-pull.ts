import type { ProbotOctokit } from "probot";

type Octokit = InstanceType<typeof ProbotOctokit>;

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface RunPullsClient {
  rest: { pulls: Pick<Octokit["rest"]["pulls"], "list"> };
}

/** What a `workflow_run` says about where its commit came from. */
export interface RunHead {
  owner: string;
  repo: string;
  /** The repository's id, to tell its PRs from those of forks in `pullRequests`. */
  repoId: number;
  headSha: string;
  /** Null for some runs (a deleted branch, a tag). */
  headBranch: string | null;
  /** `head_repository.owner.login`: the fork's owner for a run from a fork. */
  headOwner: string | null;
  /** `workflow_run.pull_requests` as GitHub sent it. */
  pullRequests: ReadonlyArray<{
    number: number;
    head: { sha: string };
    base: { repo: { id: number } };
  }>;
}

/**
 * The open pull request a workflow run belongs to, or null. `workflow_run.pull_requests`
 * answers when it can; it is empty for runs from forks (and some branch runs), and it can
 * list PRs of a fork whose base is the fork itself, so only PRs into this repository count.
 * Otherwise the repository's open PRs with `head=<owner>:<branch>` are listed and the one
 * whose head is the run's SHA wins (`commits/{sha}/pulls` answers `[]` for a fork's commit).
 */
export async function findRunPull(octokit: RunPullsClient, run: RunHead): Promise<number | null> {
  const own = run.pullRequests.filter((pr) => pr.base.repo.id === run.repoId);
  const listed = own.find((pr) => pr.head.sha === run.headSha) ?? own[0];
  if (listed) return listed.number;
  if (run.headBranch === null || run.headOwner === null) return null;
  const { data } = await octokit.rest.pulls.list({
    owner: run.owner,
    repo: run.repo,
    state: "open",
    head: `${run.headOwner}:${run.headBranch}`,
    per_page: 100,
  });
  return data.find((pr) => pr.head.sha === run.headSha)?.number ?? null;
}
