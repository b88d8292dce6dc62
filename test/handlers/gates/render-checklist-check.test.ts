import { expect, test } from "vitest";
import { renderChecklistCheck } from "../../../src/render/render-checklist-check.js";

const url = "https://github.com/acme/models/issues/1";

test("the check run text: unticked with links, ticked with who and when, every note", async () => {
  const result = renderChecklistCheck({
    conclusion: "failure",
    reason: "truncated",
    total: 3,
    unticked: [],
    ticked: [
      { text: "Model | validated @alice", where: "#1", url, by: "bob", at: "2026-11-02T09:30:41Z" },
      { text: "Alerts", where: "acme/platform#3", url, by: null, at: null },
    ],
    foreign: [{ where: "acme/platform#3", url }],
    truncated: { read: 50 },
    historyMissing: true,
    deploymentLabel: "ml-deployment",
  });
  expect(result.conclusion).toBe("failure");
  expect(result.title).toBe("Too many linked issues to check the whole checklist");
  await expect(result.summary).toMatchFileSnapshot("__snapshots__/checklist-truncated.md");
});

test("failure lists each unticked item with a link to where it is", () => {
  const result = renderChecklistCheck({
    conclusion: "failure",
    reason: null,
    total: 1,
    unticked: [{ text: "Rollback tested", where: "#1", url, by: null, at: null }],
    ticked: [],
    foreign: [],
    truncated: null,
    historyMissing: false,
    deploymentLabel: "ml-deployment",
  });
  expect(result).toEqual({
    conclusion: "failure",
    title: "1 of 1 checklist items unticked",
    summary: `**Still to tick** (1 of 1):\n\n- ⬜ Rollback tested — [\\#1](${url})`,
  });
});
