import { describe, expect, test } from "vitest";
import {
  attributeTicks,
  type EditHistory,
  type TickAttribution,
} from "../../../src/domain/checklist/attribute-ticks.js";
import { parseTaskItems } from "../../../src/domain/checklist/parse-task-items.js";

const body = (a: boolean, b: boolean, c: boolean): string =>
  `### Checklist\n- [${a ? "x" : " "}] Model validated\n- [${b ? "x" : " "}] Rollback tested\n- [${c ? "x" : " "}] Alerts configured\n### Rollout\n- [x] 5% traffic`;
const original = {
  body: body(false, false, false),
  author: "alice",
  createdAt: "2026-10-01T09:00:00Z",
};
const edit = (editor: string | null, editedAt: string, text: string) => ({
  editor,
  editedAt,
  body: text,
});
const who = (
  text: string,
  line: number,
  by: string | null,
  at: string | null,
): TickAttribution => ({ text, line, by, at });

describe("attributeTicks", () => {
  test.each<[string, string, EditHistory, TickAttribution[]]>([
    ["nothing ticked", body(false, false, false), { original, edits: [], complete: true }, []],
    [
      "each item credited to the edit that ticked it",
      body(true, true, false),
      {
        original,
        edits: [
          edit("bob", "2026-10-01T10:00:00Z", body(true, false, false)),
          edit("carol", "2026-10-01T11:00:00Z", body(true, true, false)),
        ],
        complete: true,
      },
      [
        who("Model validated", 2, "bob", "2026-10-01T10:00:00Z"),
        who("Rollback tested", 3, "carol", "2026-10-01T11:00:00Z"),
      ],
    ],
    [
      "ticked, unticked, ticked again: the last tick counts",
      body(true, false, false),
      {
        original,
        edits: [
          edit("bob", "2026-10-01T10:00:00Z", body(true, false, false)),
          edit("carol", "2026-10-01T11:00:00Z", body(false, false, false)),
          edit("dave", "2026-10-01T12:00:00Z", body(true, false, false)),
        ],
        complete: true,
      },
      [who("Model validated", 2, "dave", "2026-10-01T12:00:00Z")],
    ],
    [
      "ticked in the original body of a complete history: the author at creation",
      body(true, false, false),
      { original: { ...original, body: body(true, false, false) }, edits: [], complete: true },
      [who("Model validated", 2, "alice", "2026-10-01T09:00:00Z")],
    ],
    [
      "ticked since the oldest body of a truncated history: unknown",
      body(true, true, false),
      {
        original: { ...original, body: body(true, false, false) },
        edits: [edit("carol", "2026-10-01T11:00:00Z", body(true, true, false))],
        complete: false,
      },
      [
        who("Model validated", 2, null, null),
        who("Rollback tested", 3, "carol", "2026-10-01T11:00:00Z"),
      ],
    ],
    [
      "ticked after the newest version the history has: unknown",
      body(false, false, true),
      {
        original,
        edits: [edit("bob", "2026-10-01T10:00:00Z", body(false, false, false))],
        complete: true,
      },
      [who("Alerts configured", 4, null, null)],
    ],
    [
      "a deleted user's edit: editor null, time known",
      body(true, false, false),
      {
        original,
        edits: [edit(null, "2026-10-01T10:00:00Z", body(true, false, false))],
        complete: true,
      },
      [who("Model validated", 2, null, "2026-10-01T10:00:00Z")],
    ],
    [
      "an item renamed after it was ticked: credited to the edit that renamed it",
      body(true, false, false),
      {
        original,
        edits: [
          edit(
            "bob",
            "2026-10-01T10:00:00Z",
            body(true, false, false).replace("Model validated", "Model checked"),
          ),
          edit("carol", "2026-10-01T11:00:00Z", body(true, false, false)),
        ],
        complete: true,
      },
      [who("Model validated", 2, "carol", "2026-10-01T11:00:00Z")],
    ],
  ])("%s", (_name, current, history, expected) => {
    const items = parseTaskItems(current, { section: "Checklist" });
    expect(attributeTicks(items, history, { section: "Checklist" })).toEqual(expected);
  });

  test("items with the same text are told apart by occurrence", () => {
    const twice = (a: boolean, b: boolean) =>
      `- [${a ? "x" : " "}] check\n- [${b ? "x" : " "}] check`;
    const history: EditHistory = {
      original: { body: twice(false, false), author: "alice", createdAt: "2026-10-01T09:00:00Z" },
      edits: [
        edit("bob", "2026-10-01T10:00:00Z", twice(false, true)),
        edit("carol", "2026-10-01T11:00:00Z", twice(true, true)),
      ],
      complete: true,
    };
    expect(attributeTicks(parseTaskItems(twice(true, true)), history)).toEqual([
      who("check", 1, "carol", "2026-10-01T11:00:00Z"),
      who("check", 2, "bob", "2026-10-01T10:00:00Z"),
    ]);
  });

  test("without a section, every item of the body is attributed", () => {
    const current = body(true, false, false);
    const history: EditHistory = {
      original: { ...original, body: current },
      edits: [],
      complete: true,
    };
    expect(attributeTicks(parseTaskItems(current), history).map((a) => a.text)).toEqual([
      "Model validated",
      "5% traffic",
    ]);
  });
});
