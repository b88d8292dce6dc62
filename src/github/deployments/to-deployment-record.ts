import type { DeploymentRecord, DeploymentState } from "../../domain/rollout/deployment-record.js";

/** A deployment as GitHub's REST API lists it and as webhooks deliver it: the fields read. */
export interface GitHubDeployment {
  id: number;
  created_at: string;
  environment: string;
  creator?: { login: string } | null;
  sha: string;
  payload: unknown;
}

/**
 * One deployment of the history as the domain folds it, from GitHub's spelling. `statuses` are
 * those read (none when only the deployments were listed); their payload stays untrusted.
 */
export function toDeploymentRecord(
  deployment: GitHubDeployment,
  statuses: ReadonlyArray<{ state: string; created_at: string }>,
): DeploymentRecord {
  return {
    id: deployment.id,
    createdAt: deployment.created_at,
    environment: deployment.environment,
    creator: deployment.creator?.login ?? "",
    sha: deployment.sha,
    payload: deployment.payload,
    // GitHub's REST API and webhooks spell the states as DeploymentState does.
    statuses: statuses.map((s) => ({ state: s.state as DeploymentState, createdAt: s.created_at })),
  };
}
