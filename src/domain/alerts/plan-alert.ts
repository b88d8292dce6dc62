import type { AppDeployment } from "../rollout/deployment-record.js";
import { foldRollout } from "../rollout/fold-rollout.js";
import type { Alert } from "./alert-payload.js";
import { dataWindow } from "./data-window.js";
import { describeLive, type LiveDescription } from "./describe-live.js";
import { planAutoRollback, type AutoRollbackDecision } from "./plan-auto-rollback.js";

/** What an alert sets off, decided before anything is written. */
export interface AlertPlan {
  live: LiveDescription;
  /**
   * Null when the app has a deployment of the model in the alert's environment; else the
   * models it has deployed there (sorted, each once), for the incident to name: the model was
   * live before the app came, or the monitoring misspells its name.
   */
  unrecorded: { knownModels: string[] } | null;
  /** Open (or keep) a retraining issue: the kind is in `alerts.retrain_on`. */
  retrain: boolean;
  /** The data the retraining issue names. */
  window: { from: string; to: string; days: number };
  rollback: AutoRollbackDecision;
}

/**
 * Decides what an alert does, from the app's deployments of the environment. Every alert
 * opens (or adds to) its incident: an alert for a model the app never deployed there is not
 * lost either, but nothing is rolled back, and the incident says so. A redelivery decides
 * from the history its first delivery saw: the deployments before the rollback it made
 * (`alert_delivery`), so it plans the same rollback and finishes it.
 */
export function planAlert(input: {
  alert: Alert;
  deployments: readonly AppDeployment[];
  /** This alert's webhook delivery id. */
  deliveryId: string;
  now: Date;
  retrainOn: readonly string[];
  autoRollback: boolean;
  rolloutEnvironment: string;
}): AlertPlan {
  const { alert } = input;
  const own = input.deployments.find((d) => d.payload.alert_delivery === input.deliveryId);
  const deployments = own ? input.deployments.filter((d) => d.id < own.id) : input.deployments;
  const inEnvironment = deployments.filter((d) => d.environment === alert.environment);
  const recorded = inEnvironment.some((d) => d.payload.model === alert.model);
  const state = foldRollout(deployments, {
    environment: alert.environment,
    model: alert.model,
    now: input.now,
  });
  const knownModels = [...new Set(inEnvironment.map((d) => d.payload.model))].sort();
  return {
    live: describeLive(state),
    unrecorded: recorded ? null : { knownModels },
    retrain: input.retrainOn.includes(alert.kind),
    window: dataWindow(input.now),
    rollback: recorded
      ? planAutoRollback({
          autoRollback: input.autoRollback,
          alertEnvironment: alert.environment,
          rolloutEnvironment: input.rolloutEnvironment,
          state,
        })
      : { rollBack: false, reason: "no-deployment" },
  };
}
