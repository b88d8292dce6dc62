import type { Config } from "../../config/schema.js";
import type { Alert } from "../../domain/alerts/alert-payload.js";
import { alertTime } from "../../domain/alerts/alert-time.js";
import { planAlert } from "../../domain/alerts/plan-alert.js";
import { listAppDeployments } from "../../github/deployments/list-app-deployments.js";
import type { AppContext } from "../support/app-context.js";
import { deploymentsKey } from "../support/keyed-lock.js";
import type { AlertDeps } from "./alert-deps.js";
import { ensureIncident } from "./ensure-incident.js";
import { ensureRetraining } from "./ensure-retraining.js";
import { logIgnoredAlert } from "./log-ignored-alert.js";
import { placeAlertCards, type AlertCard } from "./place-alert-cards.js";
import { rollBackOnAlert } from "./roll-back-on-alert.js";

/**
 * One valid alert, under its model-and-kind lock: fold the deployments → decide → the
 * incident (opened, or a comment) → the automatic rollback → the retraining issue → the
 * board. Each write is found again by a marker, so a redelivery finishes what a failed
 * delivery left and repeats nothing.
 */
export async function handleAlert(
  context: AppContext & { id: string },
  deps: AlertDeps,
  input: { owner: string; repo: string; config: Config; alert: Alert },
): Promise<void> {
  const { owner, repo, config, alert } = input;
  const botLogin = await deps.botLogin();
  const at = alertTime(alert.at, deps.now());
  const target = { owner, repo, environment: alert.environment };
  const history = await listAppDeployments(context.octokit, target, botLogin);
  // A redelivery decides from the history this delivery first saw: before the rollback it made.
  const own = history.find((d) => d.payload.alert_delivery === context.id);
  const deployments = own ? history.filter((d) => d.id < own.id) : history;
  const plan = planAlert({
    alert,
    deployments,
    now: at,
    retrainOn: config.alerts.retrain_on,
    autoRollback: config.rollout.auto_rollback,
    rolloutEnvironment: config.rollout.environment,
  });
  if (!plan.ok) return logIgnoredAlert(context, plan);
  const { live, versionToBeat } = plan.live;
  const incident = await ensureIncident(context, {
    ...{ owner, repo, alert, at, live, deliveryId: context.id },
    label: config.labels.incident,
  });
  const { rollback } = plan;
  const rolledBack = rollback.rollBack
    ? await deps.lock.run(deploymentsKey(owner, repo), () =>
        rollBackOnAlert(context, deps.rollback, {
          ...{ owner, repo, config, botLogin, alert, at, incident: incident.number },
          ...{ deliveryId: context.id, decision: rollback, stable: versionToBeat },
        }),
      )
    : null;
  const retraining = plan.retrain
    ? await ensureRetraining(context, {
        ...{ owner, repo, config, incident: incident.number, alert, at },
        ...{ window: plan.window, versionToBeat },
      })
    : null;
  const cards: AlertCard[] = [];
  if (incident.action !== "commented")
    cards.push({
      nodeId: incident.nodeId,
      kind: "Incident",
      model: alert.model,
      version: versionToBeat ?? undefined,
    });
  if (retraining?.nodeId)
    cards.push({ nodeId: retraining.nodeId, kind: "Retraining", model: alert.model });
  // One board setup at a time per owner: two first alerts on a new board would both write its fields.
  await deps.lock.run(`board:${owner}`, () => placeAlertCards(context, config, owner, cards));
  context.log.info(
    {
      model: alert.model,
      kind: alert.kind,
      incident,
      retraining: retraining?.number,
      rollback: rolledBack ?? rollback,
    },
    "mlops-alert handled",
  );
}
