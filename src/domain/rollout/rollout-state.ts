import type { DeploymentState } from "./deployment-record.js";

/** The version that serves all traffic outside a canary. */
export interface StableVersion {
  version: string;
  /** Its evaluation metrics from the 100% deployment; null when only a canary's `stable_version` names it. */
  metrics: Record<string, number> | null;
  /** The 100% deployment, or the first canary deployment that named it. */
  deploymentId: number;
  /** When that deployment was created. */
  since: string;
}

/** An unfinished rollout. */
export interface CanaryRollout {
  version: string;
  /** Its current share of traffic (the last step that did not fail). */
  percent: number;
  pullRequest: number;
  metrics: Record<string, number>;
  /** The head SHA the last step deployed. */
  sha: string;
  /** The last step's deployment, and when it was created. */
  deploymentId: number;
  since: string;
  /** Every step of this rollout that did not fail, oldest first (to mark inactive on rollback). */
  deploymentIds: number[];
  /** The last step's latest status, null when it has none yet. */
  lastStatus: DeploymentState | null;
}

/** A version's share of traffic and the deployment that gave it. */
export interface TrafficShare {
  version: string;
  /** Percent of traffic. */
  share: number;
  since: string;
  deploymentId: number;
}

/** Where one model's rollout stands in one environment, folded from the app's deployments. */
export interface RolloutState {
  environment: string;
  model: string;
  stable: StableVersion | null;
  canary: CanaryRollout | null;
  /** Largest share first. Without a known stable version, only the canary's share is listed. */
  shares: TrafficShare[];
  /** The last rollback (a `rollout: 0` deployment), for `/status`. */
  lastRollback: { version: string; deploymentId: number; at: string; reason: string | null } | null;
}
