import type { ProbotOctokit } from "probot";

type Octokit = InstanceType<typeof ProbotOctokit>;

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface OpenPullsClient {
  rest: { pulls: Pick<Octokit["rest"]["pulls"], "list"> };
}

/**
 * The numbers of the repository's open PRs whose head is `sha`, from one page of the 100
 * most recently updated: the fallback when a payload's `pull_requests` is empty (GitHub
 * leaves it empty for PRs from forks). `commits/{sha}/pulls` cannot stand in, as it
 * answers `[]` for a commit that exists only in a fork.
 */
export async function findOpenPullsAtSha(
  octokit: OpenPullsClient,
  at: { owner: string; repo: string; sha: string },
): Promise<number[]> {
  const { data } = await octokit.rest.pulls.list({
    owner: at.owner,
    repo: at.repo,
    state: "open",
    sort: "updated",
    direction: "desc",
    per_page: 100,
  });
  return data.filter((pr) => pr.head.sha === at.sha).map((pr) => pr.number);
}
