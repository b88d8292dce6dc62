import type { AppDeployment } from "../../domain/rollout/deployment-record.js";
import {
  listAppDeployments,
  type DeploymentsClient,
} from "../../github/deployments/list-app-deployments.js";

/** The environment's deployment history, read on the first call and shared by later ones. */
export type DeploymentHistory = () => Promise<AppDeployment[]>;

/**
 * The environment's history read at most once per event: every model judged in one metrics
 * post (the run's own and each other recorded model) folds the same history at its own
 * completion time, so one read (the deployments and their statuses) serves them all instead
 * of one read per model.
 */
export function readHistoryOnce(
  octokit: DeploymentsClient,
  target: { owner: string; repo: string; environment: string },
  botLogin: string,
): DeploymentHistory {
  let history: Promise<AppDeployment[]> | undefined;
  return () => {
    history ??= listAppDeployments(octokit, target, botLogin);
    return history;
  };
}
