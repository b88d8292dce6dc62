import type { ProbotOctokit } from "probot";

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface DeploymentStatusClient {
  rest: { repos: Pick<ProbotOctokit["rest"]["repos"], "createDeploymentStatus"> };
}

/** GitHub rejects a status description longer than this. */
export const MAX_STATUS_DESCRIPTION = 140;

/**
 * Adds a status to one of the app's deployments. Always `auto_inactive: false`: GitHub's default
 * would mark the stable deployment inactive while it still serves most of the traffic.
 */
export async function setDeploymentStatus(
  octokit: DeploymentStatusClient,
  target: { owner: string; repo: string; deploymentId: number },
  status: {
    state: "in_progress" | "inactive" | "error";
    description: string;
    logUrl?: string | undefined;
  },
): Promise<void> {
  await octokit.rest.repos.createDeploymentStatus({
    owner: target.owner,
    repo: target.repo,
    deployment_id: target.deploymentId,
    state: status.state,
    description: shorten(status.description),
    ...(status.logUrl ? { log_url: status.logUrl } : {}),
    auto_inactive: false,
  });
}

function shorten(text: string): string {
  return text.length <= MAX_STATUS_DESCRIPTION
    ? text
    : `${text.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}
