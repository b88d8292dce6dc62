import { foldRollout } from "../../domain/rollout/fold-rollout.js";
import {
  listAppDeployments,
  type DeploymentsClient,
} from "../../github/deployments/list-app-deployments.js";

/**
 * The model version live at 100 % in the environment at `now`, with the metrics its
 * deployment recorded: a fold over the app's own deployments of that environment. Only a
 * stable deployment of the same model counts; null when there is none.
 */
export async function fetchLiveModel(
  octokit: DeploymentsClient,
  target: { owner: string; repo: string; environment: string; model: string },
  botLogin: string,
  now: Date,
): Promise<{ version: string; metrics: Record<string, number> } | null> {
  const { owner, repo, environment, model } = target;
  const history = await listAppDeployments(octokit, { owner, repo, environment }, botLogin);
  const stable = foldRollout(history, { environment, model, now }).stable;
  return stable?.metrics ? { version: stable.version, metrics: stable.metrics } : null;
}
