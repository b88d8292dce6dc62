import type { Alert } from "../domain/alerts/alert-payload.js";
import { alertMarkers } from "../domain/alerts/alert-markers.js";
import { alertNotesView, type IncidentNotes } from "./render-alert-notes.js";
import { alertView } from "./render-alert-view.js";
import { renderTemplate } from "./render-template.js";

export type { IncidentNotes } from "./render-alert-notes.js";

/**
 * The incident issue of a first alert (templates/incident.md): its title, and a body
 * carrying the incident marker (model and kind) and the delivery's marker, with what the
 * app could not use (no deployment recorded, a link left out, a config error).
 */
export function renderIncident(input: {
  alert: Alert;
  at: Date;
  live: string | null;
  deliveryId: string;
  notes: IncidentNotes;
}): { title: string; body: string } {
  const view = alertView(input.alert, input.at);
  return {
    title: renderTemplate("alert-incident-title.md", view).trim(),
    body: renderTemplate("incident.md", {
      ...view,
      ...alertNotesView(input.notes),
      live: input.live,
      marker: alertMarkers.incident(input.alert.model, input.alert.kind),
      deliveryMarker: alertMarkers.delivery(input.deliveryId),
    }),
  };
}
