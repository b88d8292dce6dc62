/** Where a checklist lives: the PR body or a linked deployment issue. */
export interface ChecklistSource {
  kind: "pull_request" | "issue";
  /** `owner/name`: a linked issue may live in another repository. */
  repo: string;
  number: number;
  /** The issue or PR page; the caller appends `#…` anchors if it wants. */
  url: string;
}

/** Why a checklist is neutral (closed list, for templates to word). */
export type ChecklistReason = "no-task-items";

/** The outcome of the `mlops/checklist` check. */
export interface ChecklistEvaluation {
  conclusion: "success" | "failure" | "neutral";
  /** Set when `conclusion` is neutral, null otherwise. */
  reason: ChecklistReason | null;
  total: number;
}

/**
 * Decides the checklist gate from the task items counted over every source: failure while
 * any item is unticked, success when none is left, neutral when there is no task item
 * anywhere (nothing to gate on is not a pass that someone checked, and not a failure they
 * can fix by ticking).
 */
export function evaluateChecklist(counts: {
  ticked: number;
  unticked: number;
}): ChecklistEvaluation {
  const total = counts.ticked + counts.unticked;
  if (total === 0) return { conclusion: "neutral", reason: "no-task-items", total };
  const conclusion = counts.unticked > 0 ? "failure" : "success";
  return { conclusion, reason: null, total };
}
