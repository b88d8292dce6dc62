import type { ProbotOctokit } from "probot";

type Octokit = InstanceType<typeof ProbotOctokit>;

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface CommitDeploymentsClient {
  rest: { repos: Pick<Octokit["rest"]["repos"], "listDeployments"> };
}

/**
 * Every deployment of one commit in an environment as GitHub lists them (newest first, one
 * page of 100, statuses not read, anyone's): one request. Callers pick what they trust.
 */
export async function listCommitDeployments(
  octokit: CommitDeploymentsClient,
  target: { owner: string; repo: string; environment: string; sha: string },
) {
  const { owner, repo, environment, sha } = target;
  const { data } = await octokit.rest.repos.listDeployments({
    ...{ owner, repo, environment, sha },
    per_page: 100,
  });
  return data;
}
