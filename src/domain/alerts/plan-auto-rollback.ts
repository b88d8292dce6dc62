import type { RolloutState } from "../rollout/rollout-state.js";

/** Why an alert rolls back, or why it does not. */
export type AutoRollbackDecision =
  | { rollBack: true; version: string; percent: number; pullRequest: number }
  | {
      rollBack: false;
      /** `no-deployment`: the app has no deployment of the model in the alert's environment. */
      reason: "auto-rollback-off" | "other-environment" | "no-rollout" | "no-deployment";
    };

/**
 * Decides whether an alert rolls the model's canary back: only with `auto_rollback`, only
 * for an alert on the environment the rollout deploys to, and only while a rollout is
 * unfinished (below 100%). A finished rollout is left alone: rolling back means promoting
 * another version, which is a person's call.
 */
export function planAutoRollback(input: {
  autoRollback: boolean;
  alertEnvironment: string;
  rolloutEnvironment: string;
  state: RolloutState;
}): AutoRollbackDecision {
  if (!input.autoRollback) return { rollBack: false, reason: "auto-rollback-off" };
  if (input.alertEnvironment !== input.rolloutEnvironment)
    return { rollBack: false, reason: "other-environment" };
  const { canary } = input.state;
  if (!canary) return { rollBack: false, reason: "no-rollout" };
  return {
    rollBack: true,
    version: canary.version,
    percent: canary.percent,
    pullRequest: canary.pullRequest,
  };
}
