import { appDeployments } from "../../domain/rollout/app-deployments.js";
import type { AppDeployment } from "../../domain/rollout/deployment-record.js";
import { listCommitDeployments, type CommitDeploymentsClient } from "./list-commit-deployments.js";
import { toDeploymentRecord } from "./to-deployment-record.js";

/**
 * The app's newest deployments of one commit in an environment (one page, newest 100, statuses
 * not read): enough to see a step another replica created a moment ago. One request.
 */
export async function listRecentDeployments(
  octokit: CommitDeploymentsClient,
  target: { owner: string; repo: string; environment: string; sha: string },
  botLogin: string,
): Promise<AppDeployment[]> {
  const data = await listCommitDeployments(octokit, target);
  return appDeployments(
    data.map((d) => toDeploymentRecord(d, [])),
    botLogin,
  );
}
