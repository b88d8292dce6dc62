import type { ConfigError } from "../../config/load-config.js";
import type { Config } from "../../config/schema.js";
import type { Alert } from "../../domain/alerts/alert-payload.js";
import { alertTime } from "../../domain/alerts/alert-time.js";
import { planAlert } from "../../domain/alerts/plan-alert.js";
import { listAppDeployments } from "../../github/deployments/list-app-deployments.js";
import type { AppContext } from "../support/app-context.js";
import type { AlertDeps } from "./alert-deps.js";
import { executeAlertPlan } from "./execute-alert-plan.js";
import { reportAlert } from "./report-alert.js";

/** One alert as on-alert.ts hands it over: its repository, the config in use, the payload read. */
export interface AlertInput {
  owner: string;
  repo: string;
  config: Config;
  configError: ConfigError | null;
  alert: Alert;
  linkDropped: boolean;
  installationId: number;
}

/**
 * One alert, under its model-and-kind lock: gather (the environment's deployments, one read)
 * → decide (planAlert) → execute (the rollback first, then the incident and what follows) →
 * report (a log line; the delivery fails when a part failed, and its redelivery finishes it).
 */
export async function handleAlert(
  context: AppContext & { id: string },
  deps: AlertDeps,
  input: AlertInput,
): Promise<void> {
  const { owner, repo, config, alert } = input;
  const botLogin = await deps.botLogin();
  const receivedAt = deps.now();
  const target = { owner, repo, environment: alert.environment };
  const history = await listAppDeployments(context.octokit, target, botLogin);
  const at = alertTime(alert.at, receivedAt);
  const plan = planAlert({
    ...{ alert, deployments: history, deliveryId: context.id, now: at },
    ...{ retrainOn: config.alerts.retrain_on, autoRollback: config.rollout.auto_rollback },
    rolloutEnvironment: config.rollout.environment,
  });
  const done = await executeAlertPlan(context, deps, { ...input, botLogin, receivedAt, at, plan });
  reportAlert(context, { alert, plan }, done);
}
