import {
  attributeTicks,
  type EditHistory,
  type TickAttribution,
} from "../../domain/checklist/attribute-ticks.js";
import {
  evaluateChecklist,
  type ChecklistSource,
} from "../../domain/checklist/evaluate-checklist.js";
import { parseTaskItems, type TaskItem } from "../../domain/checklist/parse-task-items.js";
import { MAX_LINKED_ISSUES, type PullLinks } from "../../github/pulls/read-pull-links.js";
import type { CheckItem, ChecklistCheck } from "../../render/render-checklist-check.js";

/** The heading of a deployment card whose boxes count (the Rollout boxes are the app's). */
export const CHECKLIST_SECTION = "Checklist";

/** One place a checklist lives, with its items and, for the audit trail, its node id. */
export interface CollectedSource {
  source: ChecklistSource;
  nodeId: string;
  section?: string;
  items: TaskItem[];
  /** Its edit history is readable (same repository as the PR). */
  local: boolean;
}

/**
 * Every place the PR's checklist lives, each body parsed once: the PR's own task items and
 * the `Checklist` section of every closing issue labelled `deploymentLabel`.
 */
export function collectChecklistSources(
  pull: PullLinks,
  repo: string,
  deploymentLabel: string,
): CollectedSource[] {
  const here = repo.toLowerCase();
  const label = deploymentLabel.toLowerCase();
  const pr: CollectedSource = {
    source: { kind: "pull_request", repo, number: pull.number, url: pull.url },
    nodeId: pull.nodeId,
    items: parseTaskItems(pull.body),
    local: true,
  };
  const issues = pull.closing
    .filter((issue) => issue.labels.some((name) => name.toLowerCase() === label))
    .map((issue): CollectedSource => ({
      source: { kind: "issue", repo: issue.repo, number: issue.number, url: issue.url },
      nodeId: issue.nodeId,
      section: CHECKLIST_SECTION,
      items: parseTaskItems(issue.body, { section: CHECKLIST_SECTION }),
      local: issue.repo.toLowerCase() === here,
    }));
  return [pr, ...issues];
}

/** The node ids whose edit history the check needs: local sources with a ticked box. */
export function checklistHistoryIds(sources: readonly CollectedSource[]): string[] {
  return sources
    .filter((s) => s.local && s.items.some((item) => item.checked))
    .map((s) => s.nodeId);
}

function whereOf(source: ChecklistSource, repo: string): string {
  if (source.kind === "pull_request") return "PR description";
  const local = source.repo.toLowerCase() === repo.toLowerCase();
  return local ? `#${source.number}` : `${source.repo}#${source.number}`;
}

/**
 * Decides the checklist check of a PR from its sources (`collectChecklistSources`); who
 * ticked each box from the histories.
 * A PR that closes more issues than were read cannot pass: unseen issues may hold
 * unticked items, so it fails, saying so (a required check treats neutral as passing).
 */
export function planChecklistCheck(input: {
  pull: PullLinks;
  repo: string;
  deploymentLabel: string;
  sources: readonly CollectedSource[];
  histories: ReadonlyMap<string, EditHistory>;
}): ChecklistCheck {
  const { pull, repo, deploymentLabel, sources, histories } = input;
  const ticked: CheckItem[] = [];
  const unticked: CheckItem[] = [];
  let historyMissing = false;
  for (const s of sources) {
    const history = s.local ? histories.get(s.nodeId) : undefined;
    if (s.local && !history && s.items.some((item) => item.checked)) historyMissing = true;
    const options = s.section !== undefined ? { section: s.section } : {};
    const attributions: TickAttribution[] = history
      ? attributeTicks(s.items, history, options)
      : [];
    const where = whereOf(s.source, repo);
    let next = 0;
    for (const item of s.items) {
      if (!item.checked) {
        unticked.push({ text: item.text, where, url: s.source.url, by: null, at: null });
        continue;
      }
      const attribution = attributions[next];
      next += 1;
      const by = attribution?.by ?? null;
      const at = attribution?.at ?? null;
      ticked.push({ text: item.text, where, url: s.source.url, by, at });
    }
  }
  const evaluation = evaluateChecklist({ ticked: ticked.length, unticked: unticked.length });
  const truncated = pull.truncated
    ? { read: Math.min(pull.closing.length, MAX_LINKED_ISSUES) }
    : null;
  // Not neutral: GitHub counts a neutral check as passing when it is required.
  const conclusion = truncated ? "failure" : evaluation.conclusion;
  const reason =
    truncated && evaluation.conclusion !== "failure"
      ? "truncated"
      : conclusion === "neutral"
        ? evaluation.reason
        : null;
  const foreign = sources
    .filter((s) => !s.local)
    .map((s) => ({ where: whereOf(s.source, repo), url: s.source.url }));
  return {
    conclusion,
    reason,
    total: evaluation.total,
    unticked,
    ticked,
    foreign,
    truncated,
    historyMissing,
    deploymentLabel,
  };
}
