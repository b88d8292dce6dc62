import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { IssueRecord, PullFields, RepoRecord } from "../store/records.js";
import { buildIssueEvent } from "../webhooks/build-issue-events.js";
import { ensureLabel } from "./ensure-label.js";

/** An issue (or, with `pull`, a pull request) to create. */
export interface NewIssue {
  title: string;
  body?: string | null;
  labels?: string[];
  assignees?: string[];
  user: string;
  pull?: PullFields;
  /**
   * What happens to a label the repository lacks: `create` (grey, no description) as the
   * REST API does for a caller with push access, or `drop` as an issue form and the UI do
   * (a form's `labels:` entry naming a missing label is silently left out). Default `drop`.
   */
  missingLabels?: "create" | "drop";
}

/**
 * Creates the issue or PR with the next shared number and returns the events GitHub
 * sends: `opened`, then one `labeled` per label that exists (an issue form with labels does this).
 */
export function createIssue(
  ctx: SimContext,
  repo: RepoRecord,
  input: NewIssue,
): { issue: IssueRecord; events: WebhookEvent[] } {
  const { store } = ctx;
  const id = store.nextId();
  const number = repo.nextNumber;
  repo.nextNumber += 1;
  const labels = [...new Set(input.labels ?? [])].flatMap((name) => {
    if (input.missingLabels === "create") return [ensureLabel(store, repo, name).name];
    return repo.labels.get(name.toLowerCase())?.name ?? [];
  });
  const now = store.now();
  const issue = store.register<IssueRecord>({
    kind: "issue",
    id,
    nodeId: store.nodeIdFor(input.pull ? "PR" : "I", id),
    repo: `${repo.owner}/${repo.name}`,
    number,
    title: input.title,
    body: input.body ?? null,
    state: "open",
    stateReason: null,
    labels,
    user: input.user,
    assignees: input.assignees ?? [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    pinned: false,
    edits: [],
    pull: input.pull ?? null,
  });
  repo.issues.set(number, issue);
  const events = [
    buildIssueEvent(ctx, "opened", issue, input.user),
    ...labels.map((label) => buildIssueEvent(ctx, "labeled", issue, input.user, { label })),
  ];
  return { issue, events };
}
