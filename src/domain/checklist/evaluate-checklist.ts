import type { TaskItem } from "./parse-task-items.js";

/** Where a checklist lives: the PR body or a linked deployment issue. */
export interface ChecklistSource {
  kind: "pull_request" | "issue";
  /** `owner/name`: a linked issue may live in another repository. */
  repo: string;
  number: number;
  /** The issue or PR page; the caller appends `#…` anchors if it wants. */
  url: string;
}

/** A task item with the place it was found. */
export interface LocatedTaskItem {
  text: string;
  line: number;
  source: ChecklistSource;
}

/** Why a checklist is neutral (closed list, for templates to word). */
export type ChecklistReason = "no-task-items";

/** The outcome of the `mlops/checklist` check. */
export interface ChecklistEvaluation {
  conclusion: "success" | "failure" | "neutral";
  /** Set when `conclusion` is neutral, null otherwise. */
  reason: ChecklistReason | null;
  unticked: LocatedTaskItem[];
  ticked: LocatedTaskItem[];
  total: number;
}

/**
 * Decides the checklist gate over every source: failure while any item is unticked, success when
 * none is left, neutral when there is no task item anywhere (nothing to gate on is not a pass
 * that someone checked, and not a failure they can fix by ticking).
 */
export function evaluateChecklist(
  sources: ReadonlyArray<{ source: ChecklistSource; items: readonly TaskItem[] }>,
): ChecklistEvaluation {
  const ticked: LocatedTaskItem[] = [];
  const unticked: LocatedTaskItem[] = [];
  for (const { source, items } of sources) {
    for (const item of items) {
      (item.checked ? ticked : unticked).push({ text: item.text, line: item.line, source });
    }
  }
  const total = ticked.length + unticked.length;
  if (total === 0)
    return { conclusion: "neutral", reason: "no-task-items", unticked, ticked, total };
  const conclusion = unticked.length > 0 ? "failure" : "success";
  return { conclusion, reason: null, unticked, ticked, total };
}
