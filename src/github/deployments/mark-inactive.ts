import { setDeploymentStatus, type DeploymentStatusClient } from "./set-deployment-status.js";

/**
 * Marks deployments `inactive` (the canary steps a rollback replaced), one status each, one
 * after another so a failure leaves the earlier ones done and a redelivery finishes the rest.
 * Deployments already inactive are skipped by the caller; a repeat adds a harmless status.
 */
export async function markInactive(
  octokit: DeploymentStatusClient,
  target: { owner: string; repo: string },
  deploymentIds: readonly number[],
  description: string,
): Promise<void> {
  for (const deploymentId of deploymentIds) {
    await setDeploymentStatus(
      octokit,
      { ...target, deploymentId },
      { state: "inactive", description },
    );
  }
}
