import type { Alert } from "../../domain/alerts/alert-payload.js";
import { alertMarkers } from "../../domain/alerts/alert-markers.js";
import { redeliverySince } from "../../domain/alerts/redelivery-window.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import { findAppIssue, type AppIssue } from "../../github/issues/find-app-issue.js";
import { listAppComments, type AppComment } from "../../github/issues/list-app-comments.js";
import { listAppIssues } from "../../github/issues/list-app-issues.js";
import { openAppIssueOnce } from "../../github/issues/open-app-issue-once.js";
import { renderAlertDuplicate, renderAlertRepeat } from "../../render/render-alert-comments.js";
import { renderIncident, type IncidentNotes } from "../../render/render-incident.js";
import type { AppContext } from "../support/app-context.js";

/** How many incidents of the model and kind closed within the redelivery window have their comments read. */
const MAX_CLOSED_CHECKED = 3;

/** The incident an alert belongs to, and what this delivery did to it. */
export interface IncidentOutcome {
  number: number;
  nodeId: string;
  /** `redelivered`: this delivery was acted on before (its mark is in the body or a comment). */
  action: "opened" | "commented" | "redelivered";
  /**
   * The app's comments on it as this delivery leaves them (none on a new issue), for the later
   * marker lookups; null when this delivery did not need to read them.
   */
  comments: AppComment[] | null;
}

/**
 * One open incident per model and kind: opens it on the first alert, adds one comment per
 * later alert while it is open. A delivery is acted on once, whatever happened to the issue
 * since: its mark (the delivery id) goes into the body or comment it writes, and a
 * redelivery looks for it on the open incident and on those closed within the redelivery
 * window. The caller holds the model-and-kind lock; `openAppIssueOnce` settles a race with
 * another replica.
 */
export async function ensureIncident(
  context: AppContext,
  input: { owner: string; repo: string; label: string; receivedAt: Date; deliveryId: string } & {
    alert: Alert;
    at: Date;
    live: string | null;
    notes: IncidentNotes;
    /** Called right before an issue is opened (the repository's labels). */
    ensureLabels: () => Promise<void>;
  },
): Promise<IncidentOutcome> {
  const { owner, repo, alert, deliveryId } = input;
  const { octokit } = context;
  const mark = alertMarkers.delivery(deliveryId);
  const marker = alertMarkers.incident(alert.model, alert.kind);
  const open = { owner, repo, label: input.label, state: "open" } as const;
  // One list answers most deliveries: the incidents touched lately, the open one among them.
  const since = redeliverySince(input.receivedAt);
  const recent = await listAppIssues(octokit, { ...open, state: "all", since }, marker);
  const current =
    recent.find((i) => i.state === "open") ?? (await findAppIssue(octokit, open, marker));
  const closed = recent.filter((i) => i.state === "closed").slice(-MAX_CLOSED_CHECKED);
  // Every place this delivery may have written is checked before anything is written.
  let currentComments: AppComment[] = [];
  for (const issue of current ? [current, ...closed] : closed) {
    if (issue.body.includes(mark)) return outcome(issue, "redelivered", null);
    const comments = await readComments(context, input, issue);
    if (comments.some((c) => c.body.includes(mark))) return outcome(issue, "redelivered", comments);
    if (issue === current) currentComments = comments;
  }
  if (current) return addRepeat(context, input, current, currentComments);
  await input.ensureLabels();
  const opened = await openAppIssueOnce(octokit, open, marker, {
    ...renderIncident({ ...input, deliveryId }),
    duplicateBody: (winner) => renderAlertDuplicate({ alert, winner }),
  });
  if (opened.closed === null) return outcome(opened.issue, "opened", []);
  context.log.info({ issue: opened.closed }, "duplicate alert issue closed");
  return addRepeat(context, input, opened.issue, await readComments(context, input, opened.issue));
}

function readComments(
  context: AppContext,
  input: { owner: string; repo: string },
  issue: AppIssue,
): Promise<AppComment[]> {
  return listAppComments(context.octokit, {
    owner: input.owner,
    repo: input.repo,
    issue_number: issue.number,
  });
}

/** The repeat alert's comment on the open incident, whose comments were just read. */
async function addRepeat(
  context: AppContext,
  input: Parameters<typeof ensureIncident>[1],
  issue: AppIssue,
  comments: AppComment[],
): Promise<IncidentOutcome> {
  const { owner, repo } = input;
  const mark = alertMarkers.delivery(input.deliveryId);
  const body = renderAlertRepeat({ ...input, notes: input.notes });
  const target = { owner, repo, issue_number: issue.number };
  const { id } = await ensureComment(context.octokit, target, mark, body, null);
  return outcome(issue, "commented", [...comments, { id, body }]);
}

function outcome(
  issue: AppIssue,
  action: IncidentOutcome["action"],
  comments: AppComment[] | null,
): IncidentOutcome {
  return { number: issue.number, nodeId: issue.nodeId, action, comments };
}
