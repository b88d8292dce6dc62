import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { IssueRecord } from "../store/records.js";
import { buildIssueEvent } from "../webhooks/build-issue-events.js";
import { ensureLabel } from "./ensure-label.js";

/**
 * Adds labels, creating unknown ones as the REST route does (a person in the UI can only
 * pick existing ones: see labelIssue); one `labeled` event per label not already there.
 */
export function addLabels(
  ctx: SimContext,
  issue: IssueRecord,
  names: string[],
  actor: string,
): WebhookEvent[] {
  const repo = ctx.store.repoOf(issue);
  const added: string[] = [];
  for (const name of names) {
    const label = ensureLabel(ctx.store, repo, name);
    if (issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) continue;
    issue.labels.push(label.name);
    added.push(label.name);
  }
  if (added.length > 0) issue.updatedAt = ctx.store.now();
  return added.map((label) => buildIssueEvent(ctx, "labeled", issue, actor, { label }));
}

/** Removes one label; undefined when the issue does not have it (GitHub answers 404). */
export function removeLabel(
  ctx: SimContext,
  issue: IssueRecord,
  name: string,
  actor: string,
): WebhookEvent[] | undefined {
  const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
  if (index < 0) return undefined;
  const [removed] = issue.labels.splice(index, 1);
  issue.updatedAt = ctx.store.now();
  return [buildIssueEvent(ctx, "unlabeled", issue, actor, { label: removed ?? name })];
}

/** Replaces the label set: `unlabeled` for each removed, `labeled` for each added. */
export function setLabels(
  ctx: SimContext,
  issue: IssueRecord,
  names: string[],
  actor: string,
): WebhookEvent[] {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const removals = issue.labels
    .filter((l) => !wanted.has(l.toLowerCase()))
    .flatMap((l) => removeLabel(ctx, issue, l, actor) ?? []);
  return [...removals, ...addLabels(ctx, issue, names, actor)];
}
