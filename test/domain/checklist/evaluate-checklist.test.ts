import { describe, expect, test } from "vitest";
import {
  evaluateChecklist,
  type ChecklistEvaluation,
} from "../../../src/domain/checklist/evaluate-checklist.js";

describe("evaluateChecklist", () => {
  test.each<[string, Parameters<typeof evaluateChecklist>[0], ChecklistEvaluation]>([
    [
      "no task item anywhere",
      { ticked: 0, unticked: 0 },
      { conclusion: "neutral", reason: "no-task-items", total: 0 },
    ],
    [
      "all ticked in PR and issue",
      { ticked: 2, unticked: 0 },
      { conclusion: "success", reason: null, total: 2 },
    ],
    [
      "one unticked item among ticked ones fails",
      { ticked: 2, unticked: 1 },
      { conclusion: "failure", reason: null, total: 3 },
    ],
    [
      "items only, none ticked",
      { ticked: 0, unticked: 2 },
      { conclusion: "failure", reason: null, total: 2 },
    ],
  ])("%s", (_name, counts, expected) => {
    expect(evaluateChecklist(counts)).toEqual(expected);
  });
});
