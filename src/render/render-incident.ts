import type { Alert } from "../domain/alerts/alert-payload.js";
import { alertMarkers } from "../domain/alerts/alert-markers.js";
import { alertView } from "./render-alert-view.js";
import { renderTemplate } from "./render-template.js";

/**
 * The incident issue of a first alert (templates/incident.md): its title, and a body
 * carrying the incident marker (model and kind) and the delivery's marker.
 */
export function renderIncident(input: {
  alert: Alert;
  at: Date;
  live: string | null;
  deliveryId: string;
}): { title: string; body: string } {
  const view = alertView(input.alert, input.at);
  return {
    title: renderTemplate("alert-incident-title.md", view).trim(),
    body: renderTemplate("incident.md", {
      ...view,
      live: input.live,
      marker: alertMarkers.incident(input.alert.model, input.alert.kind),
      deliveryMarker: alertMarkers.delivery(input.deliveryId),
    }),
  };
}
