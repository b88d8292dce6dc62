import type { Alert } from "../../domain/alerts/alert-payload.js";
import { alertMarkers } from "../../domain/alerts/alert-markers.js";
import { commentOnce } from "../../github/issues/comment-once.js";
import { findAppIssue } from "../../github/issues/find-app-issue.js";
import { openAppIssueOnce } from "../../github/issues/open-app-issue-once.js";
import { renderAlertDuplicate, renderAlertRepeat } from "../../render/render-alert-comments.js";
import { renderIncident } from "../../render/render-incident.js";
import type { AppContext } from "../support/app-context.js";

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
  const list = { owner, repo, label: input.label, state: "open" } as const;
  const marker = alertMarkers.incident(alert.model, alert.kind);
  let found = await findAppIssue(context.octokit, list, marker);
  if (found === null) {
    const opened = await openAppIssueOnce(context.octokit, list, marker, {
      ...renderIncident(input),
      duplicateBody: (winner) => renderAlertDuplicate({ alert, winner }),
    });
    if (opened.closed === null)
      return { number: opened.issue.number, nodeId: opened.issue.nodeId, action: "opened" };
    context.log.info({ issue: opened.closed }, "duplicate alert issue closed");
    found = opened.issue;
  }
  const target = { owner, repo, issue_number: found.number };
  const body = renderAlertRepeat({ alert, at: input.at, deliveryId });
  const wrote =
    !found.body.includes(mark) && (await commentOnce(context.octokit, target, mark, body));
  return {
    number: found.number,
    nodeId: found.nodeId,
    action: wrote ? "commented" : "redelivered",
  };
}
