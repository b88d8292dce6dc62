import { foldRollout } from "../../domain/rollout/fold-rollout.js";
import type { DeploymentHistory } from "./read-history-once.js";

/**
 * The model version live at 100 % in the environment at `now`, with the metrics its
 * deployment recorded: a fold over the app's own deployments of that environment. Only a
 * stable deployment of the same model counts; null when there is none.
 */
export async function fetchLiveModel(
  history: DeploymentHistory,
  target: { environment: string; model: string },
  now: Date,
): Promise<{ version: string; metrics: Record<string, number> } | null> {
  const { environment, model } = target;
  const stable = foldRollout(await history(), { environment, model, now }).stable;
  return stable?.metrics ? { version: stable.version, metrics: stable.metrics } : null;
}
