import { describe, expect, test } from "vitest";
import {
  evaluateChecklist,
  type ChecklistEvaluation,
  type ChecklistSource,
} from "../../../src/domain/checklist/evaluate-checklist.js";
import type { TaskItem } from "../../../src/domain/checklist/parse-task-items.js";

const pr: ChecklistSource = {
  kind: "pull_request",
  repo: "acme/models",
  number: 42,
  url: "https://github.com/acme/models/pull/42",
};
const issue: ChecklistSource = {
  kind: "issue",
  repo: "acme/ops",
  number: 7,
  url: "https://github.com/acme/ops/issues/7",
};
const ticked = (text: string, line = 1): TaskItem => ({ text, checked: true, line });
const open = (text: string, line = 1): TaskItem => ({ text, checked: false, line });

describe("evaluateChecklist", () => {
  test.each<[string, Parameters<typeof evaluateChecklist>[0], ChecklistEvaluation]>([
    [
      "no sources at all",
      [],
      { conclusion: "neutral", reason: "no-task-items", unticked: [], ticked: [], total: 0 },
    ],
    [
      "sources without items",
      [
        { source: pr, items: [] },
        { source: issue, items: [] },
      ],
      { conclusion: "neutral", reason: "no-task-items", unticked: [], ticked: [], total: 0 },
    ],
    [
      "all ticked in PR and issue",
      [
        { source: pr, items: [ticked("a", 3)] },
        { source: issue, items: [ticked("b", 9)] },
      ],
      {
        conclusion: "success",
        reason: null,
        unticked: [],
        ticked: [
          { text: "a", line: 3, source: pr },
          { text: "b", line: 9, source: issue },
        ],
        total: 2,
      },
    ],
    [
      "one unticked item in a linked issue fails, with where it is",
      [
        { source: pr, items: [ticked("a", 3)] },
        { source: issue, items: [open("Rollback tested", 12), ticked("b", 9)] },
      ],
      {
        conclusion: "failure",
        reason: null,
        unticked: [{ text: "Rollback tested", line: 12, source: issue }],
        ticked: [
          { text: "a", line: 3, source: pr },
          { text: "b", line: 9, source: issue },
        ],
        total: 3,
      },
    ],
    [
      "items only in the PR, none ticked",
      [
        { source: pr, items: [open("x", 1), open("y", 2)] },
        { source: issue, items: [] },
      ],
      {
        conclusion: "failure",
        reason: null,
        unticked: [
          { text: "x", line: 1, source: pr },
          { text: "y", line: 2, source: pr },
        ],
        ticked: [],
        total: 2,
      },
    ],
  ])("%s", (_name, sources, expected) => {
    expect(evaluateChecklist(sources)).toEqual(expected);
  });
});
