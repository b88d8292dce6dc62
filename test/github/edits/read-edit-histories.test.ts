import { expect, test } from "vitest";
import {
  READ_EDIT_HISTORIES,
  READ_EDIT_PAGE,
} from "../../../src/github/edits/edit-history-documents.js";
import { readEditHistories } from "../../../src/github/edits/read-edit-histories.js";
import { graphqlApi } from "../../helpers/graphql-api.js";

const edit = (editedAt: string, login: string | null, diff: string | null) => ({
  editedAt,
  editor: login === null ? null : { login },
  diff,
});
const page = (nodes: unknown[], endCursor: string | null = null) => ({
  pageInfo: { hasNextPage: endCursor !== null, endCursor },
  nodes,
});
const node = (id: string, edits: unknown, includesCreatedEdit = true) => ({
  id,
  body: "- [x] A\n- [x] B",
  createdAt: "2026-11-01T08:00:00Z",
  includesCreatedEdit,
  author: { login: "alice" },
  userContentEdits: edits,
});

test("several bodies in one request: revisions oldest first, the created one as the original", async () => {
  const api = graphqlApi().expect(
    READ_EDIT_HISTORIES,
    { ids: ["I_1", "PR_2", "I_gone"], first: 100 },
    {
      data: {
        nodes: [
          node(
            "I_1",
            page([
              edit("2026-11-02T10:00:00Z", "bob", "- [x] A\n- [x] B"),
              edit("2026-11-02T09:00:00Z", "carol", "- [x] A\n- [ ] B"),
              edit("2026-11-01T08:00:00Z", "alice", "- [ ] A\n- [ ] B"),
            ]),
          ),
          node("PR_2", page([])),
          null,
        ],
      },
    },
  );
  const histories = await readEditHistories(api.gql, ["I_1", "PR_2", "I_gone"]);
  expect(api.scope.isDone()).toBe(true);
  expect(api.calls).toHaveLength(1);
  expect(histories.get("I_1")).toEqual({
    original: { body: "- [ ] A\n- [ ] B", author: "alice", createdAt: "2026-11-01T08:00:00Z" },
    edits: [
      { editor: "carol", editedAt: "2026-11-02T09:00:00Z", body: "- [x] A\n- [ ] B" },
      { editor: "bob", editedAt: "2026-11-02T10:00:00Z", body: "- [x] A\n- [x] B" },
    ],
    complete: true,
  });
  // Never edited: the body as created is the body now.
  expect(histories.get("PR_2")).toEqual({
    original: { body: "- [x] A\n- [x] B", author: "alice", createdAt: "2026-11-01T08:00:00Z" },
    edits: [],
    complete: true,
  });
  expect(histories.has("I_gone")).toBe(false);
});

test("a long history is read page by page", async () => {
  const api = graphqlApi()
    .expect(
      READ_EDIT_HISTORIES,
      { ids: ["I_1"], first: 100 },
      { data: { nodes: [node("I_1", page([edit("2026-11-02T10:00:00Z", "bob", "new")], "c1"))] } },
    )
    .expect(
      READ_EDIT_PAGE,
      { id: "I_1", first: 100, after: "c1" },
      {
        data: {
          node: { userContentEdits: page([edit("2026-11-01T08:00:00Z", "alice", "old")]) },
        },
      },
    );
  const history = (await readEditHistories(api.gql, ["I_1"])).get("I_1");
  expect(api.scope.isDone()).toBe(true);
  expect(history).toEqual({
    original: { body: "old", author: "alice", createdAt: "2026-11-01T08:00:00Z" },
    edits: [{ editor: "bob", editedAt: "2026-11-02T10:00:00Z", body: "new" }],
    complete: true,
  });
});

test("a deleted revision or a history without the created body is incomplete from there on", async () => {
  const api = graphqlApi().expect(
    READ_EDIT_HISTORIES,
    { ids: ["I_1", "I_2"], first: 100 },
    {
      data: {
        nodes: [
          node(
            "I_1",
            page([
              edit("2026-11-02T10:00:00Z", "bob", "newest"),
              edit("2026-11-02T09:00:00Z", null, "by a deleted user"),
              edit("2026-11-02T08:00:00Z", "carol", null),
              edit("2026-11-01T08:00:00Z", "alice", "created"),
            ]),
          ),
          node("I_2", page([edit("2026-11-02T10:00:00Z", "bob", "edited")]), false),
        ],
      },
    },
  );
  const histories = await readEditHistories(api.gql, ["I_1", "I_2"]);
  expect(histories.get("I_1")).toEqual({
    original: { body: "by a deleted user", author: null, createdAt: "2026-11-02T09:00:00Z" },
    edits: [{ editor: "bob", editedAt: "2026-11-02T10:00:00Z", body: "newest" }],
    complete: false,
  });
  expect(histories.get("I_2")).toEqual({
    original: { body: "edited", author: "bob", createdAt: "2026-11-02T10:00:00Z" },
    edits: [],
    complete: false,
  });
});

test("no ids: no request", async () => {
  const api = graphqlApi();
  expect(await readEditHistories(api.gql, [])).toEqual(new Map());
  expect(api.calls).toEqual([]);
});

test("an answer of another shape is an error, not a cast", async () => {
  const api = graphqlApi().expect(
    READ_EDIT_HISTORIES,
    { ids: ["I_1"], first: 100 },
    { data: { nodes: [{ id: "I_1", body: 3 }] } },
  );
  await expect(readEditHistories(api.gql, ["I_1"])).rejects.toThrow();
});
