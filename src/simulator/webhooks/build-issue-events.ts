import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { IssueRecord } from "../store/records.js";
import { serializeIssue } from "../serialize/serialize-issue.js";
import { serializeLabel } from "../serialize/serialize-label.js";
import { serializePull } from "../serialize/serialize-pull.js";
import { basePayload } from "./base-payload.js";

/** Extra parts of an `issues`/`pull_request` event: the label, `changes`, the pushed SHAs. */
export interface IssueEventExtra {
  label?: string;
  changes?: Record<string, unknown>;
  before?: string;
  after?: string;
}

/**
 * The event GitHub sends for an issue or a pull request change: `issues.<action>` for
 * an issue, `pull_request.<action>` (with `number`) for a pull request.
 */
export function buildIssueEvent(
  ctx: SimContext,
  action: string,
  issue: IssueRecord,
  sender: string,
  extra: IssueEventExtra = {},
): WebhookEvent {
  const repo = ctx.store.repoOf(issue);
  const name = issue.pull ? "pull_request" : "issues";
  const payload = basePayload(ctx, name, action, repo, sender);
  if (issue.pull) {
    payload.number = issue.number;
    payload.pull_request = serializePull(ctx, issue);
  } else {
    payload.issue = serializeIssue(ctx, issue);
  }
  const label = extra.label ? repo.labels.get(extra.label.toLowerCase()) : undefined;
  if (label) payload.label = serializeLabel(ctx, repo, label);
  else delete payload.label;
  if (extra.changes) payload.changes = extra.changes;
  else if (action === "edited") payload.changes = {};
  else delete payload.changes;
  if (extra.before !== undefined) payload.before = extra.before;
  if (extra.after !== undefined) payload.after = extra.after;
  for (const key of ["assignee", "milestone"]) delete payload[key];
  return { name, payload };
}
