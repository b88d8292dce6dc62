import type { AppDeployment } from "./deployment-record.js";
import { isFailed, latestStatus } from "./latest-status.js";
import { orderDeployments } from "./order-deployments.js";
import type { CanaryRollout, RolloutState, StableVersion, TrafficShare } from "./rollout-state.js";

/**
 * Folds the app's deployments (see `appDeployments`) into where one model's rollout stands in
 * an environment at the instant `now`: deployments created later, and statuses set later, are
 * not seen, so the same fold answers for any past instant. A step whose latest status is
 * failure or error did not move traffic: the previous step stands. `inactive` is not read as
 * "not serving": GitHub's `auto_inactive` sets it on deployments that still serve, so traffic is
 * derived from the payloads in order. `rollout: 100` makes a version stable, `rollout: 0` ends
 * the canary and the stable version takes all traffic back.
 */
export function foldRollout(
  deployments: readonly AppDeployment[],
  options: { environment: string; model: string; now: Date },
): RolloutState {
  const asOf = options.now.getTime();
  let stable: StableVersion | null = null;
  let canary: CanaryRollout | null = null;
  let lastRollback: RolloutState["lastRollback"] = null;
  for (const deployment of orderDeployments(deployments)) {
    const { payload } = deployment;
    if (deployment.environment !== options.environment || payload.model !== options.model) continue;
    if (!(Date.parse(deployment.createdAt) <= asOf)) continue;
    const status = latestStatus(deployment.statuses, asOf);
    if (isFailed(status)) continue;
    const origin = { deploymentId: deployment.id, since: deployment.createdAt };
    // A first canary after the app was installed names the stable version it started from.
    if (!stable && payload.stable_version && payload.rollout < 100) {
      stable = { version: payload.stable_version, metrics: null, ...origin };
    }
    if (payload.rollout === 100) {
      stable = { version: payload.version, metrics: payload.metrics, ...origin };
      canary = null;
    } else if (payload.rollout === 0) {
      canary = null;
      const reason = payload.reason ?? null;
      lastRollback = {
        version: payload.version,
        deploymentId: deployment.id,
        at: origin.since,
        reason,
      };
    } else {
      const earlier: number[] = canary?.version === payload.version ? canary.deploymentIds : [];
      canary = {
        version: payload.version,
        percent: payload.rollout,
        pullRequest: payload.pull_request,
        metrics: payload.metrics,
        sha: deployment.sha,
        ...origin,
        deploymentIds: [...earlier, deployment.id],
        lastStatus: status,
      };
    }
  }
  const { environment, model } = options;
  return {
    environment,
    model,
    stable,
    canary,
    shares: trafficShares(stable, canary),
    lastRollback,
  };
}

function trafficShares(stable: StableVersion | null, canary: CanaryRollout | null): TrafficShare[] {
  const shares: TrafficShare[] = [];
  const stableShare = 100 - (canary?.percent ?? 0);
  if (stable)
    shares.push({
      version: stable.version,
      share: stableShare,
      since: stable.since,
      deploymentId: stable.deploymentId,
    });
  if (canary)
    shares.push({
      version: canary.version,
      share: canary.percent,
      since: canary.since,
      deploymentId: canary.deploymentId,
    });
  return shares.sort((a, b) => b.share - a.share);
}
