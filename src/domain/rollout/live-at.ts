import type { AppDeployment } from "./deployment-record.js";
import { foldRollout } from "./fold-rollout.js";

/** A version that served traffic in an environment at an instant. */
export interface LiveVersion {
  model: string;
  version: string;
  /** Percent of the model's traffic. */
  share: number;
  /** When the deployment that gave it this share was created. */
  since: string;
  deploymentId: number;
}

/**
 * Answers "which version(s) served this environment at that instant?" for every model, from the
 * app's deployments alone: those created at or before `at`, with their statuses as of `at`.
 * Largest share first, then by model and version.
 */
export function liveAt(
  deployments: readonly AppDeployment[],
  options: { environment: string; at: Date },
): LiveVersion[] {
  const asOf = options.at.getTime();
  const models = new Set(
    deployments
      .filter((d) => d.environment === options.environment && Date.parse(d.createdAt) <= asOf)
      .map((d) => d.payload.model),
  );
  const live: LiveVersion[] = [];
  for (const model of models) {
    const state = foldRollout(deployments, {
      environment: options.environment,
      model,
      now: options.at,
    });
    for (const share of state.shares) live.push({ model, ...share });
  }
  return live.sort(
    (a, b) => b.share - a.share || compare(a.model, b.model) || compare(a.version, b.version),
  );
}

// Code-unit order, not the locale's: the answer must not depend on where the app runs.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
