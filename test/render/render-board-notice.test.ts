import { expect, test } from "vitest";
import { boardFailure } from "../../src/github/projects/board-failure.js";
import type { BoardResult } from "../../src/github/projects/board-types.js";
import { boardNoticeMarker, renderBoardNotice } from "../../src/render/render-board-notice.js";

const board = {
  id: "PVT_7",
  number: 7,
  title: "ML_Ops [main]",
  url: "https://github.com/orgs/acme/projects/7",
  owner: "acme",
  fields: {},
  missingOptions: [],
  problems: [],
};

const cases: Array<[string, BoardResult]> = [
  ["user-owned", boardFailure({ owner: "octo_cat", title: "MLOps" }, "user-owned")],
  [
    "not-found: project",
    boardFailure({ owner: "acme", number: 7, title: "MLOps" }, "not-found", "project"),
  ],
  ["not-found: owner", boardFailure({ owner: "acme-typo", title: "MLOps" }, "not-found", "owner")],
  [
    "not-found: template",
    boardFailure({ owner: "acme", title: "MLOps", template: 3 }, "not-found", "template"),
  ],
  ["no-access", boardFailure({ owner: "acme", title: "MLOps" }, "no-access")],
  [
    "missing options and a wrong field",
    {
      ok: true,
      created: false,
      board: {
        ...board,
        missingOptions: [{ field: "Status", options: ["Data Prep", "Deployment"] }],
        problems: [`The field "Model" is a number field, but <b>the app</b> needs a text field.`],
      },
    },
  ],
  [
    "a wrong field only",
    {
      ok: true,
      created: false,
      board: { ...board, problems: [`The field "Kind" is a text field.`] },
    },
  ],
];

test.each(cases)("%s: starts with its marker, and matches the snapshot", (_name, result) => {
  const notice = renderBoardNotice(result);
  expect(notice?.body.startsWith(boardNoticeMarker(notice.kind))).toBe(true);
  expect(notice?.marker).toBe(`<!-- mlops-bot:board-notice ${notice?.kind} -->`);
  expect(notice?.body).toMatchSnapshot();
});

test("names from people are escaped: no HTML, no Markdown links or emphasis", () => {
  const body = renderBoardNotice(cases[5]![1])?.body ?? "";
  expect(body).toContain("ML\\_Ops \\[main\\]");
  expect(body).not.toContain("<b>");
  expect(renderBoardNotice(cases[0]![1])?.body).toContain("**octo\\_cat**");
});

test("a board that needs nothing from a person has no notice", () => {
  const result: BoardResult = { ok: true, created: true, board };
  expect(renderBoardNotice(result)).toBeNull();
});
