import type { AlertPlan } from "../../domain/alerts/plan-alert.js";
import type { AppContext } from "../support/app-context.js";
import { deploymentsKey } from "../support/keyed-lock.js";
import type { RollbackResult } from "../rollout/execute-rollback.js";
import type { AlertDeps } from "./alert-deps.js";
import { ensureIncident, type IncidentOutcome } from "./ensure-incident.js";
import { followIncident } from "./follow-incident.js";
import type { AlertInput } from "./handle-alert.js";
import { rollBackOnAlert } from "./roll-back-on-alert.js";
import type { RetrainingOutcome } from "./ensure-retraining.js";
import { settle, type Settled } from "./settle.js";

/** What each part of an alert came to (null: not needed, or not reached). */
export interface AlertDone {
  rolledBack: Settled<RollbackResult> | null;
  incident: Settled<IncidentOutcome>;
  followed: Settled<RetrainingOutcome | null> | null;
}

/**
 * Carries out an alert's plan: the automatic rollback (the safety action, first) → the
 * incident (opened, or a comment) → its note, the retraining issue and the board. A failed
 * part does not stop the others; each write is found again by a marker (the rollback by its
 * `alert_delivery`), so a redelivery finishes what is missing and repeats nothing.
 */
export async function executeAlertPlan(
  context: AppContext & { id: string },
  deps: AlertDeps,
  input: AlertInput & { botLogin: string; receivedAt: Date; at: Date; plan: AlertPlan },
): Promise<AlertDone> {
  const { owner, repo, config, alert, at, plan, configError } = input;
  const deliveryId = context.id;
  const rolledBack = plan.rollback.rollBack
    ? await settle(() =>
        deps.lock.run(deploymentsKey(owner, repo), () =>
          rollBackOnAlert(context, deps.rollback, { ...input, deliveryId }),
        ),
      )
    : null;
  const ensureLabels = labelsBeforeFirstIssue(context, deps, input);
  const notes = { unrecorded: plan.unrecorded, linkDropped: input.linkDropped, configError };
  const incident = await settle(() =>
    ensureIncident(context, {
      ...{ owner, repo, label: config.labels.incident, receivedAt: input.receivedAt, deliveryId },
      ...{ alert, at, live: plan.live.live, notes, ensureLabels },
    }),
  );
  const followed = incident.ok
    ? await settle(() =>
        followIncident(context, deps, {
          ...{ owner, repo, config, onBoard: configError === null, alert, at, deliveryId },
          ...{ plan, incident: incident.value, rolledBack, ensureLabels },
        }),
      )
    : null;
  return { rolledBack, incident, followed };
}

/**
 * The app's labels, ensured (once per repository per process) right before the alert opens
 * an issue: GitHub's create-issue route would make a missing label grey and undescribed. A
 * failure is logged and the issue opened all the same (an alert is not lost to its labels).
 * With a broken config the label names are unknown: nothing is created beyond the issue's own.
 */
function labelsBeforeFirstIssue(
  context: AppContext,
  deps: Pick<AlertDeps, "labels">,
  input: Pick<AlertInput, "owner" | "repo" | "config" | "configError" | "installationId">,
): () => Promise<void> {
  const { owner, repo, config } = input;
  return async () => {
    if (input.configError) return;
    try {
      await deps.labels.ensure(
        context.octokit,
        { owner, repo },
        config.labels,
        input.installationId,
      );
    } catch (error) {
      context.log.warn({ err: error }, "labels not ensured before the alert's issue");
    }
  };
}
