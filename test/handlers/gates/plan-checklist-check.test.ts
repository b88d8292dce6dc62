import { expect, test } from "vitest";
import type { EditHistory } from "../../../src/domain/checklist/attribute-ticks.js";
import type { LinkedIssue, PullLinks } from "../../../src/github/pulls/read-pull-links.js";
import { checklistChanged } from "../../../src/handlers/gates/checklist-changed.js";
import {
  checklistHistoryIds,
  collectChecklistSources,
  planChecklistCheck,
} from "../../../src/handlers/gates/plan-checklist-check.js";

const card = (checklist: string) =>
  `## Deploy\n\n### Checklist\n\n${checklist}\n\n### Rollout\n\n- [ ] 5% traffic\n`;

const issue = (number: number, body: string, extra: Partial<LinkedIssue> = {}): LinkedIssue => ({
  nodeId: `I_${number}`,
  number,
  title: `Issue ${number}`,
  body,
  state: "open",
  url: `https://github.com/acme/models/issues/${number}`,
  repo: "acme/models",
  labels: ["ml-deployment"],
  ...extra,
});

const pull = (body: string, closing: LinkedIssue[], truncated = false): PullLinks => ({
  nodeId: "PR_9",
  number: 9,
  state: "open",
  headSha: "abc",
  body,
  url: "https://github.com/acme/models/pull/9",
  closing,
  closingFrom: "github",
  truncated,
});

const plan = (p: PullLinks, histories = new Map<string, EditHistory>()) =>
  planChecklistCheck({
    pull: p,
    repo: "acme/models",
    deploymentLabel: "ML-Deployment",
    sources: collectChecklistSources(p, "acme/models", "ML-Deployment"),
    histories,
  });

test.each([
  ["nothing anywhere", pull("Fixes a typo", []), "neutral", "no-task-items"],
  ["all ticked", pull("", [issue(1, card("- [x] A\n- [x] B"))]), "success", null],
  ["one unticked", pull("- [x] Docs", [issue(1, card("- [x] A\n- [ ] B"))]), "failure", null],
  [
    "only Rollout boxes (not counted)",
    pull("", [issue(1, card("Nothing yet"))]),
    "neutral",
    "no-task-items",
  ],
  [
    "an unlabelled issue does not count",
    pull("", [issue(1, card("- [ ] A"), { labels: [] })]),
    "neutral",
    "no-task-items",
  ],
  [
    "truncated and all seen ticked: failure, a required neutral check would pass",
    pull("", [issue(1, card("- [x] A"))], true),
    "failure",
    "truncated",
  ],
  ["truncated and one unticked", pull("", [issue(1, card("- [ ] A"))], true), "failure", null],
])("%s → %s", (_name, p, conclusion, reason) => {
  const check = plan(p);
  expect(check.conclusion).toBe(conclusion);
  expect(check.reason).toBe(reason);
});

test("who ticked: from the history of local bodies; another repository's items are counted but unknown", () => {
  const local = issue(1, card("- [x] A\n- [ ] B"));
  const foreign = issue(3, card("- [x] C"), {
    repo: "acme/platform",
    url: "https://github.com/acme/platform/issues/3",
  });
  const p = pull("- [x] Docs", [local, foreign]);
  const sources = collectChecklistSources(p, "acme/models", "ml-deployment");
  expect(checklistHistoryIds(sources)).toEqual(["PR_9", "I_1"]);
  const history: EditHistory = {
    original: {
      body: card("- [ ] A\n- [ ] B"),
      author: "alice",
      createdAt: "2026-11-01T08:00:00Z",
    },
    edits: [{ editor: "bob", editedAt: "2026-11-02T09:00:00Z", body: local.body }],
    complete: true,
  };
  const check = plan(p, new Map([["I_1", history]]));
  expect(check.ticked).toEqual([
    { text: "Docs", where: "PR description", url: p.url, by: null, at: null },
    { text: "A", where: "#1", url: local.url, by: "bob", at: "2026-11-02T09:00:00Z" },
    { text: "C", where: "acme/platform#3", url: foreign.url, by: null, at: null },
  ]);
  expect(check.unticked).toEqual([{ text: "B", where: "#1", url: local.url, by: null, at: null }]);
  expect(check.foreign).toEqual([{ where: "acme/platform#3", url: foreign.url }]);
  // The PR's history was asked for and is missing.
  expect(check.historyMissing).toBe(true);
});

test.each([
  ["a Rollout box ticked", card("- [ ] A"), card("- [ ] A").replace("- [ ] 5%", "- [x] 5%"), false],
  ["prose reworded", card("- [ ] A"), `Intro\n\n${card("- [ ] A")}`, false],
  ["a Checklist box ticked", card("- [ ] A"), card("- [x] A"), true],
  ["the section appears (card rewrite)", "### Model\n\nx", card("- [ ] A"), true],
  ["an item renamed", card("- [ ] A"), card("- [ ] A2"), true],
])("checklistChanged: %s → %s", (_name, before, after, changed) => {
  expect(checklistChanged(before, after)).toBe(changed);
});
