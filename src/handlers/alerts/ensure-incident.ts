import type { Alert } from "../../domain/alerts/alert-payload.js";
import { alertMarkers } from "../../domain/alerts/alert-markers.js";
import { findComment } from "../../github/comments/find-comment.js";
import { renderAlertDuplicate, renderAlertRepeat } from "../../render/render-alert-comments.js";
import { renderIncident } from "../../render/render-incident.js";
import type { AppContext } from "../support/app-context.js";
import { closeDuplicate } from "./close-duplicate.js";
import { findIncident } from "./find-incident.js";

/** The incident an alert belongs to, and what this delivery did to it. */
export interface IncidentOutcome {
  number: number;
  nodeId: string;
  /** `redelivered`: this delivery was acted on before (its marker is in the body or a comment). */
  action: "opened" | "commented" | "redelivered";
}

/**
 * One open incident per model and kind: opens it on the first alert, adds one comment per
 * later alert while it is open. The delivery id goes into the body or comment, so a
 * redelivered dispatch finds its own mark and writes nothing. The caller holds the
 * model-and-kind lock, so the lookup just before the create sees any incident opened by
 * a delivery of this process; one look after it finds an incident another replica opened
 * at the same moment, and the newer one is closed as its duplicate.
 */
export async function ensureIncident(
  context: AppContext,
  input: {
    owner: string;
    repo: string;
    label: string;
    alert: Alert;
    at: Date;
    live: string | null;
    deliveryId: string;
  },
): Promise<IncidentOutcome> {
  const { owner, repo, alert, deliveryId } = input;
  const mark = alertMarkers.delivery(deliveryId);
  const list = { owner, repo, label: input.label };
  let found = await findIncident(context.octokit, list, alert);
  if (found === null) {
    const { title, body } = renderIncident(input);
    const { data } = await context.octokit.rest.issues.create({
      ...{ owner, repo, title, body },
      labels: [input.label],
    });
    // Another replica may have opened the same incident at the same moment: the oldest stands.
    const oldest = await findIncident(context.octokit, list, alert);
    if (oldest === null || oldest.number >= data.number)
      return { number: data.number, nodeId: data.node_id, action: "opened" };
    const duplicate = renderAlertDuplicate({ alert, winner: oldest.number });
    await closeDuplicate(context, { owner, repo, issue_number: data.number }, duplicate);
    found = oldest;
  }
  const target = { owner, repo, issue_number: found.number };
  const seen =
    found.body.includes(mark) || (await findComment(context.octokit, target, mark)) !== null;
  if (!seen) {
    const body = renderAlertRepeat({ alert, at: input.at, deliveryId });
    await context.octokit.rest.issues.createComment({ ...target, body });
  }
  return { number: found.number, nodeId: found.nodeId, action: seen ? "redelivered" : "commented" };
}
