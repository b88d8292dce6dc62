import type { AppDeployment } from "../rollout/deployment-record.js";
import { foldRollout } from "../rollout/fold-rollout.js";
import type { Alert } from "./alert-payload.js";
import { dataWindow } from "./data-window.js";
import { describeLive, type LiveDescription } from "./describe-live.js";
import { planAutoRollback, type AutoRollbackDecision } from "./plan-auto-rollback.js";
import type { AlertRejection } from "./read-alert.js";

/** What an alert sets off, decided before anything is written. */
export interface AlertPlan {
  ok: true;
  live: LiveDescription;
  /** Open (or keep) a retraining issue: the kind is in `alerts.retrain_on`. */
  retrain: boolean;
  /** The data the retraining issue names. */
  window: { from: string; to: string; days: number };
  rollback: AutoRollbackDecision;
}

/**
 * Decides what an alert does, from the app's deployments of the environment. An alert for
 * a model the app never deployed there is refused (a typo in the monitoring's model name
 * would otherwise open incidents for a model that does not exist).
 */
export function planAlert(input: {
  alert: Alert;
  deployments: readonly AppDeployment[];
  now: Date;
  retrainOn: readonly string[];
  autoRollback: boolean;
  rolloutEnvironment: string;
}): AlertPlan | AlertRejection {
  const { alert } = input;
  const deployed = input.deployments.some(
    (d) => d.payload.model === alert.model && d.environment === alert.environment,
  );
  if (!deployed)
    return {
      ok: false,
      field: "model",
      problem: `the app has no deployment of "${alert.model}" in ${alert.environment}`,
    };
  const state = foldRollout(input.deployments, {
    environment: alert.environment,
    model: alert.model,
    now: input.now,
  });
  return {
    ok: true,
    live: describeLive(state),
    retrain: input.retrainOn.includes(alert.kind),
    window: dataWindow(input.now),
    rollback: planAutoRollback({
      autoRollback: input.autoRollback,
      alertEnvironment: alert.environment,
      rolloutEnvironment: input.rolloutEnvironment,
      state,
    }),
  };
}
