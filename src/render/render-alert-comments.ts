import type { Alert } from "../domain/alerts/alert-payload.js";
import { alertMarkers } from "../domain/alerts/alert-markers.js";
import { alertNotesView, type IncidentNotes } from "./render-alert-notes.js";
import { alertKindNames, alertView } from "./render-alert-view.js";
import { renderTemplate } from "./render-template.js";

/**
 * The comment a repeat alert adds to the open incident: the value and the time, and what the
 * app could not use this time (a link left out, a config error).
 */
export function renderAlertRepeat(input: {
  alert: Alert;
  at: Date;
  deliveryId: string;
  notes: IncidentNotes;
}): string {
  return renderTemplate("alert-repeat.md", {
    ...alertView(input.alert, input.at),
    ...alertNotesView(input.notes),
    deliveryMarker: alertMarkers.delivery(input.deliveryId),
  });
}

/** The comment that closes an issue another delivery opened at the same moment as #winner. */
export function renderAlertDuplicate(input: { alert: Alert; winner: number }): string {
  return renderTemplate("alert-duplicate.md", {
    model: input.alert.model,
    kindName: alertKindNames[input.alert.kind],
    winner: input.winner,
  }).trim();
}

/** The incident's comment that links its retraining issue (its marker names the issue). */
export function renderAlertRetrainingLink(input: {
  model: string;
  retraining: number;
  window: { from: string; to: string; days: number };
  versionToBeat: string | null;
}): { marker: string; body: string } {
  const { from, to, days } = input.window;
  const marker = alertMarkers.retrainingLink(input.retraining);
  const body = renderTemplate("alert-retraining.md", {
    ...input,
    marker,
    windowText: `the last ${days} days of data (${from} to ${to})`,
  });
  return { marker, body };
}

/**
 * The reason an automatic rollback records (deployment payload, the PR's reply): one line. It
 * names the alert, not its incident: the rollback runs before the incident is opened, so a
 * failing issues API cannot hold it (the incident's note names the PR, which links the two).
 */
export function renderAlertReason(input: { alert: Alert; at: Date }): string {
  return renderTemplate("alert-reason.md", alertView(input.alert, input.at)).trim();
}

/** What the incident says about an automatic rollback, done or refused. */
export type RollbackOutcomeView =
  { ok: true; deploymentId: number; stable: string | null } | { ok: false; message: string };

/** The incident's comment about an automatic rollback, one per alert delivery (`key`: its id). */
export function renderAlertRollback(input: {
  key: string;
  model: string;
  environment: string;
  version: string;
  percent: number;
  pullRequest: number;
  outcome: RollbackOutcomeView;
}): { marker: string; body: string } {
  const marker = alertMarkers.rollback(input.key);
  const { outcome, ...rest } = input;
  return { marker, body: renderTemplate("alert-rollback.md", { ...rest, ...outcome, marker }) };
}
