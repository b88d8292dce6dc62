import type { Config } from "../../config/schema.js";
import type { Alert } from "../../domain/alerts/alert-payload.js";
import type { AlertPlan } from "../../domain/alerts/plan-alert.js";
import { listAppComments, type AppComment } from "../../github/issues/list-app-comments.js";
import type { AppContext } from "../support/app-context.js";
import type { RollbackResult } from "../rollout/execute-rollback.js";
import type { AlertDeps } from "./alert-deps.js";
import type { IncidentOutcome } from "./ensure-incident.js";
import { ensureRetraining, type RetrainingOutcome } from "./ensure-retraining.js";
import { noteRollback } from "./note-rollback.js";
import { placeAlertCards, type AlertCard } from "./place-alert-cards.js";
import type { Settled } from "./settle.js";

/**
 * What follows once the incident exists: the note about the automatic rollback, the retraining
 * issue, and the cards. Without a usable configuration (`onBoard` false) the cards wait: the
 * defaults' board may not be the team's, and creating one is not the alert's to do.
 */
export async function followIncident(
  context: AppContext,
  deps: Pick<AlertDeps, "lock">,
  input: {
    owner: string;
    repo: string;
    config: Config;
    onBoard: boolean;
    alert: Alert;
    at: Date;
    deliveryId: string;
    plan: AlertPlan;
    incident: IncidentOutcome;
    rolledBack: Settled<RollbackResult> | null;
    ensureLabels: () => Promise<void>;
  },
): Promise<RetrainingOutcome | null> {
  const { owner, repo, config, alert, plan, incident } = input;
  const { versionToBeat } = plan.live;
  // The incident's comments, read at most once by this delivery (often already, by ensureIncident).
  let read: Promise<AppComment[]> | undefined;
  const comments = () =>
    (read ??= incident.comments
      ? Promise.resolve(incident.comments)
      : listAppComments(context.octokit, { owner, repo, issue_number: incident.number }));
  const ref = { number: incident.number, comments, fresh: incident.action === "opened" };
  if (plan.rollback.rollBack && input.rolledBack)
    await noteRollback(context, {
      ...{ owner, repo, alert, incident: ref, deliveryId: input.deliveryId },
      ...{ decision: plan.rollback, stable: versionToBeat, result: input.rolledBack },
    });
  const retraining = plan.retrain
    ? await ensureRetraining(context, {
        ...{ owner, repo, config, alert, at: input.at },
        incident: ref,
        ...{ window: plan.window, versionToBeat, ensureLabels: input.ensureLabels },
      })
    : null;
  const cards: AlertCard[] = [];
  if (incident.action !== "commented")
    cards.push({
      nodeId: incident.nodeId,
      kind: "Incident",
      model: alert.model,
      version: versionToBeat ?? undefined,
      fresh: incident.action === "opened",
    });
  if (retraining?.nodeId)
    cards.push({
      ...{ nodeId: retraining.nodeId, kind: "Retraining", model: alert.model },
      fresh: retraining.action === "opened",
    });
  // One board setup at a time per owner: two first alerts on a new board would both write its fields.
  if (input.onBoard)
    await deps.lock.run(`board:${owner}`, () => placeAlertCards(context, config, owner, cards));
  return retraining;
}
