import type { ConfigError } from "../../config/load-config.js";
import type { Config } from "../../config/schema.js";
import type { Alert } from "../../domain/alerts/alert-payload.js";
import { alertTime } from "../../domain/alerts/alert-time.js";
import { planAlert } from "../../domain/alerts/plan-alert.js";
import { listAppDeployments } from "../../github/deployments/list-app-deployments.js";
import type { AppContext } from "../support/app-context.js";
import { deploymentsKey } from "../support/keyed-lock.js";
import type { AlertDeps } from "./alert-deps.js";
import { ensureIncident } from "./ensure-incident.js";
import { followIncident } from "./follow-incident.js";
import { rollBackOnAlert } from "./roll-back-on-alert.js";
import { settle } from "./settle.js";

/**
 * One alert, under its model-and-kind lock: fold the deployments → decide → the automatic
 * rollback (the safety action, first) → the incident (opened, or a comment) → its note, the
 * retraining issue and the board. A failed part does not stop the others; the delivery then
 * fails, and its redelivery finishes what is missing and repeats nothing (each write is found
 * again by a marker, the rollback by its `alert_delivery`).
 */
export async function handleAlert(
  context: AppContext & { id: string },
  deps: AlertDeps,
  input: { owner: string; repo: string; config: Config; configError: ConfigError | null } & {
    alert: Alert;
    linkDropped: boolean;
  },
): Promise<void> {
  const { owner, repo, config, alert } = input;
  const deliveryId = context.id;
  const botLogin = await deps.botLogin();
  const receivedAt = deps.now();
  const at = alertTime(alert.at, receivedAt);
  const target = { owner, repo, environment: alert.environment };
  const history = await listAppDeployments(context.octokit, target, botLogin);
  // A redelivery decides from the history this delivery first saw: before the rollback it made.
  const own = history.find((d) => d.payload.alert_delivery === deliveryId);
  const plan = planAlert({
    ...{ alert, deployments: own ? history.filter((d) => d.id < own.id) : history, now: at },
    ...{ retrainOn: config.alerts.retrain_on, autoRollback: config.rollout.auto_rollback },
    rolloutEnvironment: config.rollout.environment,
  });
  const rolledBack = plan.rollback.rollBack
    ? await settle(() =>
        deps.lock.run(deploymentsKey(owner, repo), () =>
          rollBackOnAlert(context, deps.rollback, {
            owner,
            repo,
            config,
            botLogin,
            alert,
            at,
            deliveryId,
          }),
        ),
      )
    : null;
  const { linkDropped, configError } = input;
  const notes = { unrecorded: plan.unrecorded, linkDropped, configError };
  const incident = await settle(() =>
    ensureIncident(context, {
      ...{ owner, repo, label: config.labels.incident, receivedAt, deliveryId },
      ...{ alert, at, live: plan.live.live, notes },
    }),
  );
  const followed = incident.ok
    ? await settle(() =>
        followIncident(context, deps, {
          ...{ owner, repo, config, onBoard: configError === null, alert, at, deliveryId },
          ...{ plan, incident: incident.value, rolledBack },
        }),
      )
    : null;
  const failed = [rolledBack, incident, followed].flatMap((s) => (s && !s.ok ? [s.error] : []));
  context.log[failed.length > 0 ? "error" : "info"](
    {
      ...{ model: alert.model, kind: alert.kind, failed: failed.map(String) },
      incident: incident.ok
        ? { number: incident.value.number, action: incident.value.action }
        : null,
      retraining: followed?.ok ? followed.value?.number : undefined,
      rollback: rolledBack?.ok ? rolledBack.value : plan.rollback,
    },
    failed.length > 0 ? "mlops-alert partly handled" : "mlops-alert handled",
  );
  if (failed.length > 0) throw failed[0];
}
