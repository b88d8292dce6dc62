import type { RolloutState } from "../rollout/rollout-state.js";

/** What was live when the alert came, as the incident and retraining issue say it. */
export interface LiveDescription {
  /** Each version with its share, largest first, e.g. `2.4.0 (75%), 2.5.0 (25%)`; null when none. */
  live: string | null;
  /** The version a retrained model must beat: the one at 100% (else the only one serving); null when none. */
  versionToBeat: string | null;
}

/** Describes the versions serving the model in the environment, from the folded rollout. */
export function describeLive(state: RolloutState): LiveDescription {
  const live = state.shares.map((share) => `${share.version} (${share.share}%)`).join(", ");
  return {
    live: live || null,
    versionToBeat: state.stable?.version ?? state.canary?.version ?? null,
  };
}
