import type { Alert } from "../domain/alerts/alert-payload.js";
import { alertMarkers } from "../domain/alerts/alert-markers.js";
import { alertView } from "./render-alert-view.js";
import { renderTemplate } from "./render-template.js";

/**
 * A retraining issue's title, and its body as an experiment form would write it
 * (templates/retraining-form.md): planCard turns it into the experiment card. The marker
 * naming the incident goes after the card, so the card's own marker stays first.
 */
export function renderAlertRetraining(input: {
  alert: Alert;
  at: Date;
  incident: number;
  window: { from: string; to: string; days: number };
  versionToBeat: string | null;
}): { title: string; form: string; marker: string } {
  const view = {
    ...alertView(input.alert, input.at),
    incident: input.incident,
    window: input.window,
    versionToBeat: input.versionToBeat,
  };
  return {
    title: renderTemplate("retraining-title.md", view).trim(),
    form: renderTemplate("retraining-form.md", view),
    marker: alertMarkers.retrainingFor(input.incident),
  };
}
