import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { IssueRecord } from "../store/records.js";
import { buildIssueEvent } from "../webhooks/build-issue-events.js";
import { setLabels } from "./change-labels.js";
import { recordBodyEdit } from "./record-body-edit.js";

/** The changes `PATCH /issues/{n}` (or a person) can make. */
export interface IssueChanges {
  title?: string;
  body?: string | null;
  state?: "open" | "closed";
  stateReason?: "completed" | "not_planned" | "reopened" | null;
  labels?: string[];
  assignees?: string[];
}

/**
 * Applies the changes and returns GitHub's events: `edited` (with `changes.title.from`
 * / `changes.body.from`) when the title or body changed, label events, then
 * `closed`/`reopened`. Unchanged values send nothing.
 */
export function editIssue(
  ctx: SimContext,
  issue: IssueRecord,
  changes: IssueChanges,
  actor: string,
): WebhookEvent[] {
  const now = ctx.store.now();
  const diff: Record<string, unknown> = {};
  if (changes.title !== undefined && changes.title !== issue.title) {
    diff.title = { from: issue.title };
    issue.title = changes.title;
  }
  if (changes.body !== undefined && changes.body !== issue.body) {
    diff.body = { from: issue.body ?? "" };
    recordBodyEdit(ctx.store, issue, changes.body ?? "", actor);
    issue.body = changes.body;
  }
  if (changes.assignees !== undefined) issue.assignees = [...changes.assignees];
  const events: WebhookEvent[] = [];
  if (Object.keys(diff).length > 0) {
    issue.updatedAt = now;
    events.push(buildIssueEvent(ctx, "edited", issue, actor, { changes: diff }));
  }
  if (changes.labels !== undefined) events.push(...setLabels(ctx, issue, changes.labels, actor));
  if (changes.state !== undefined && changes.state !== issue.state) {
    issue.state = changes.state;
    issue.updatedAt = now;
    issue.closedAt = changes.state === "closed" ? now : null;
    issue.stateReason =
      changes.state === "closed" ? (changes.stateReason ?? "completed") : "reopened";
    events.push(
      buildIssueEvent(ctx, changes.state === "closed" ? "closed" : "reopened", issue, actor),
    );
  } else if (changes.stateReason !== undefined && issue.state === "closed") {
    issue.stateReason = changes.stateReason;
  }
  return events;
}
