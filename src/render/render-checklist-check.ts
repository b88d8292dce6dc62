import type { CheckRunResult } from "../github/checks/upsert-check-run.js";
import { renderCheckOutput } from "./render-metrics-check-output.js";

/** An item as the check shows it: where it is, and who ticked it. */
export interface CheckItem {
  text: string;
  where: string;
  url: string;
  by: string | null;
  at: string | null;
}

/** Everything the `mlops/checklist` check run says, decided. */
export interface ChecklistCheck {
  conclusion: "success" | "failure" | "neutral";
  reason: "no-task-items" | "truncated" | null;
  total: number;
  unticked: CheckItem[];
  ticked: CheckItem[];
  /** Linked deployment issues of other repositories: counted, history unreadable. */
  foreign: Array<{ where: string; url: string }>;
  /** Set when the PR closes more issues than were read. */
  truncated: { read: number } | null;
  /** The edit history of some source could not be read. */
  historyMissing: boolean;
  deploymentLabel: string;
}

/** `2026-11-02T09:05:41Z` → `2026-11-02 09:05 UTC`. */
function formatInstant(iso: string | null): string {
  if (iso === null) return "unknown";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "unknown";
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * The `mlops/checklist` check run (`templates/checklist-check.md`): the title, each
 * unticked item with a link to where it is, each ticked one with who ticked it and when.
 */
export function renderChecklistCheck(check: ChecklistCheck): CheckRunResult {
  const ticked = check.ticked.map((item) => ({
    ...item,
    by: item.by ?? "unknown",
    at: formatInstant(item.at),
  }));
  const hasUnknown = check.ticked.some((item) => item.by === null || item.at === null);
  const output = renderCheckOutput("checklist-check.md", {
    ...check,
    ticked,
    failure: check.conclusion === "failure" && check.reason === null,
    success: check.conclusion === "success",
    noItems: check.reason === "no-task-items",
    truncatedTitle: check.reason === "truncated",
    untickedCount: check.unticked.length,
    hasUnticked: check.unticked.length > 0,
    hasTicked: ticked.length > 0,
    hasUnknown,
  });
  return { conclusion: check.conclusion, ...output };
}
