import { addLabels, removeLabel } from "../ops/change-labels.js";
import { createComment } from "../ops/create-comment.js";
import { createIssue } from "../ops/create-issue.js";
import { editIssue } from "../ops/edit-issue.js";
import { deliverEvents, issueNumbered, repoNamed, type PersonContext } from "./person-context.js";

/**
 * What a person fills in to open an issue (an issue form adds its labels). A label the
 * repository lacks is silently dropped, as GitHub drops a form's missing `labels:` entry.
 */
export interface OpenIssueInput {
  repo: string;
  title: string;
  body?: string;
  labels?: string[];
  assignees?: string[];
  user: string;
  /** Deliver `opened` and the `labeled` events at the same moment, as GitHub may. */
  concurrent?: boolean;
}

/** An issue or PR a person acts on. */
export interface IssueRef {
  repo: string;
  number: number;
  user: string;
}

/** The created issue or PR and the deliveries it caused. */
export interface Opened {
  number: number;
  nodeId: string;
  deliveryIds: string[];
}

/** Opens an issue: `issues.opened`, then one `issues.labeled` per label. */
export async function openIssue(pc: PersonContext, input: OpenIssueInput): Promise<Opened> {
  const { issue, events } = createIssue(pc.ctx, repoNamed(pc, input.repo), {
    title: input.title,
    body: input.body ?? null,
    labels: input.labels ?? [],
    assignees: input.assignees ?? [],
    user: pc.ctx.store.requireUser(input.user).login,
  });
  const deliveryIds = await deliverEvents(pc, events, input.concurrent);
  return { number: issue.number, nodeId: issue.nodeId, deliveryIds };
}

/**
 * Adds a label: `issues.labeled` (or `pull_request.labeled`). A person picks from the
 * repository's labels, so a label it lacks is a mistake in the test (create it first).
 */
export async function labelIssue(
  pc: PersonContext,
  input: IssueRef & { label: string },
): Promise<string[]> {
  const issue = issueNumbered(pc, input.repo, input.number);
  if (!repoNamed(pc, input.repo).labels.has(input.label.toLowerCase()))
    throw new Error(`simulator: ${input.repo} has no label "${input.label}" for a person to pick`);
  return deliverEvents(pc, addLabels(pc.ctx, issue, [input.label], input.user));
}

/** Removes a label: `issues.unlabeled`. */
export async function unlabelIssue(
  pc: PersonContext,
  input: IssueRef & { label: string },
): Promise<string[]> {
  const issue = issueNumbered(pc, input.repo, input.number);
  return deliverEvents(pc, removeLabel(pc.ctx, issue, input.label, input.user) ?? []);
}

/** Edits the body (recorded in `userContentEdits`): `edited` with `changes.body.from`. */
export async function editIssueBody(
  pc: PersonContext,
  input: IssueRef & { body: string },
): Promise<string[]> {
  const issue = issueNumbered(pc, input.repo, input.number);
  return deliverEvents(pc, editIssue(pc.ctx, issue, { body: input.body }, input.user));
}

/** Closes the issue or PR: `issues.closed` / `pull_request.closed`. */
export async function closeIssue(
  pc: PersonContext,
  input: IssueRef & { reason?: "completed" | "not_planned" },
): Promise<string[]> {
  const issue = issueNumbered(pc, input.repo, input.number);
  const changes = { state: "closed" as const, stateReason: input.reason ?? "completed" };
  return deliverEvents(pc, editIssue(pc.ctx, issue, changes, input.user));
}

/** Comments on an issue or PR: `issue_comment.created`. */
export async function postComment(
  pc: PersonContext,
  input: IssueRef & { body: string },
): Promise<{ commentId: number; deliveryIds: string[] }> {
  const issue = issueNumbered(pc, input.repo, input.number);
  const user = pc.ctx.store.requireUser(input.user).login;
  const { comment, events } = createComment(pc.ctx, issue, input.body, user);
  return { commentId: comment.id, deliveryIds: await deliverEvents(pc, events) };
}

/** Which boxes a person ticks; every unticked box of `### Checklist` when `items` is omitted. */
export interface TickBoxesInput extends IssueRef {
  items?: string[];
}

/** The unticked boxes of the body's `### Checklist` section (up to the next heading). */
function checklistBoxes(body: string): string[] {
  const lines = body.split("\n");
  const start = lines.findIndex((line) => line.trim() === "### Checklist");
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith("#"));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .flatMap((line) => /^- \[ \] (.+)$/.exec(line)?.[1] ?? []);
}

/**
 * Ticks task-list boxes in one edit, as a person clicking them would: `edited` with
 * `changes.body.from`. Throws when a named box is not an unticked box of the body.
 */
export async function tickBoxes(pc: PersonContext, input: TickBoxesInput): Promise<string[]> {
  const issue = issueNumbered(pc, input.repo, input.number);
  const before = issue.body ?? "";
  const items = input.items ?? checklistBoxes(before);
  if (items.length === 0)
    throw new Error(`simulator: ${input.repo}#${input.number} has no unticked Checklist box`);
  const body = items.reduce((text, item) => {
    if (!text.includes(`- [ ] ${item}`))
      throw new Error(`simulator: ${input.repo}#${input.number} has no unticked box "${item}"`);
    return text.replace(`- [ ] ${item}`, `- [x] ${item}`);
  }, before);
  return deliverEvents(pc, editIssue(pc.ctx, issue, { body }, input.user));
}
