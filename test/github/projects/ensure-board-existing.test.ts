import { expect, test } from "vitest";
import { ensureBoard } from "../../../src/github/projects/ensure-board.js";
import {
  FIND_BOARD_BY_NUMBER,
  FIND_BOARDS_BY_TITLE,
} from "../../../src/github/projects/find-board.js";
import { ProjectsApiError } from "../../../src/github/projects/projects-api-error.js";
import {
  columns,
  contractBoardFields,
  contractFields,
  orgWithProject,
  orgWithProjects,
  plainField,
  project,
  selectField,
} from "./board-fixtures.js";
import { graphqlApi } from "../../helpers/graphql-api.js";

const byNumber = { owner: "acme", number: 7, title: "MLOps" };
const byTitle = { owner: "acme", title: "MLOps" };

test("a set-up organization board found by number costs exactly one request", async () => {
  const api = graphqlApi().expect(
    FIND_BOARD_BY_NUMBER,
    { owner: "acme", number: 7 },
    {
      data: orgWithProject(project({ items: 12 })),
    },
  );
  const result = await ensureBoard(api.gql, byNumber, columns);
  expect(result).toEqual({
    ok: true,
    created: false,
    board: {
      id: "PVT_7",
      number: 7,
      title: "MLOps",
      url: "https://github.com/orgs/acme/projects/7",
      owner: "acme",
      fields: contractBoardFields(),
      missingOptions: [],
      problems: [],
    },
  });
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

test("by title: the lowest-numbered exact match over all pages; near matches do not count", async () => {
  const api = graphqlApi()
    .expect(
      FIND_BOARDS_BY_TITLE,
      { owner: "acme", title: "MLOps", cursor: null },
      {
        data: orgWithProjects(
          [project({ number: 2, title: "MLOps archive" }), project({ number: 14 })],
          "c1",
        ),
      },
    )
    .expect(
      FIND_BOARDS_BY_TITLE,
      { owner: "acme", title: "MLOps", cursor: "c1" },
      {
        data: orgWithProjects([project({ number: 4, title: "mlops" }), project({ number: 9 })]),
      },
    );
  const result = await ensureBoard(api.gql, byTitle, columns);
  expect(result.ok && result.board.number).toBe(9);
  expect(result.ok && result.created).toBe(false);
  expect(api.calls).toHaveLength(2);
  expect(api.scope.isDone()).toBe(true);
});

test("a user-owned board: no further request, and the message names the fix", async () => {
  const api = graphqlApi().expect(
    FIND_BOARDS_BY_TITLE,
    { owner: "octocat", title: "MLOps", cursor: null },
    {
      data: { repositoryOwner: { __typename: "User" } },
    },
  );
  const result = await ensureBoard(api.gql, { owner: "octocat", title: "MLOps" }, columns);
  expect(result).toMatchObject({ ok: false, reason: "user-owned", target: { owner: "octocat" } });
  expect(!result.ok && result.message).toMatch(
    /organization.*project\.owner in \.github\/mlops\.yml/,
  );
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

test("a project number that does not resolve is not-found, naming owner, number and permission", async () => {
  const api = graphqlApi().expect(
    FIND_BOARD_BY_NUMBER,
    { owner: "acme", number: 7 },
    {
      data: orgWithProject(null),
      errors: [
        {
          type: "NOT_FOUND",
          path: ["repositoryOwner", "projectV2"],
          locations: [{ line: 7, column: 9 }],
          message: "Could not resolve to a ProjectV2 with the number 7.",
        },
      ],
    },
  );
  const result = await ensureBoard(api.gql, byNumber, columns);
  expect(result).toMatchObject({ ok: false, reason: "not-found", missing: "project" });
  expect(!result.ok && result.message).toContain(`project number 7 of "acme"`);
  expect(!result.ok && result.message).toContain(`"Organization projects: Read and write"`);
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

test("an owner GitHub does not know is not-found, naming project.owner", async () => {
  const api = graphqlApi().expect(
    FIND_BOARD_BY_NUMBER,
    { owner: "acme", number: 7 },
    {
      data: { repositoryOwner: null },
    },
  );
  const result = await ensureBoard(api.gql, byNumber, columns);
  expect(result).toMatchObject({ ok: false, reason: "not-found", missing: "owner" });
  expect(!result.ok && result.message).toContain("project.owner");
  expect(api.scope.isDone()).toBe(true);
});

test("a missing projects permission (FORBIDDEN) is no-access", async () => {
  const api = graphqlApi().expect(
    FIND_BOARD_BY_NUMBER,
    { owner: "acme", number: 7 },
    {
      data: orgWithProject(null),
      errors: [
        {
          type: "FORBIDDEN",
          path: ["repositoryOwner", "projectV2"],
          message: "Resource not accessible by integration",
        },
      ],
    },
  );
  const result = await ensureBoard(api.gql, byNumber, columns);
  expect(result).toMatchObject({ ok: false, reason: "no-access" });
  expect(!result.ok && result.message).toContain("Organization projects: Read and write");
  expect(api.scope.isDone()).toBe(true);
});

test("a project with items and a missing Status option: no option rewrite, the options are named", async () => {
  const fields = contractFields.map((f) =>
    f.name === "Status"
      ? selectField("Status", ["Backlog", "Experiment", "Evaluation", "Monitoring"])
      : f,
  );
  const api = graphqlApi().expect(
    FIND_BOARD_BY_NUMBER,
    { owner: "acme", number: 7 },
    {
      data: orgWithProject(project({ items: 3, fields })),
    },
  );
  const result = await ensureBoard(api.gql, byNumber, columns);
  expect(result.ok && result.board.missingOptions).toEqual([
    { field: "Status", options: ["Data Prep", "Deployment"] },
  ]);
  expect(result.ok && result.board.fields.status?.options).toEqual({
    Backlog: "status_backlog",
    Experiment: "status_experiment",
    Evaluation: "status_evaluation",
    Monitoring: "status_monitoring",
  });
  // The one request is the lookup: no updateProjectV2Field went out (nock would reject it).
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

test("a field of the wrong type is reported, left alone and not used", async () => {
  const fields = contractFields.map((f) =>
    f.name === "Model" ? plainField("model", "NUMBER") : f,
  );
  const api = graphqlApi().expect(
    FIND_BOARD_BY_NUMBER,
    { owner: "acme", number: 7 },
    {
      data: orgWithProject(project({ items: 3, fields })),
    },
  );
  const result = await ensureBoard(api.gql, byNumber, columns);
  expect(result.ok && result.board.fields.model).toBeUndefined();
  expect(result.ok && result.board.problems).toEqual([
    `The field "model" is a number field, but the app needs a text field of that name; the app leaves ` +
      `it alone and does not set it. Rename or delete it, and the app creates its own.`,
  ]);
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

test("other GraphQL errors throw a ProjectsApiError that names the step and each error", async () => {
  const api = graphqlApi().expect(
    FIND_BOARD_BY_NUMBER,
    { owner: "acme", number: 7 },
    {
      data: null,
      errors: [
        {
          type: "MAX_NODE_LIMIT_EXCEEDED",
          message: "This query requests up to 600,000 possible nodes",
        },
      ],
    },
  );
  const error: unknown = await ensureBoard(api.gql, byNumber, columns).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProjectsApiError);
  expect((error as ProjectsApiError).message).toBe(
    "GitHub Projects: finding the board failed: MAX_NODE_LIMIT_EXCEEDED: This query requests up to 600,000 possible nodes",
  );
  expect((error as ProjectsApiError).cause).toMatchObject({ name: "GraphqlResponseError" });
  expect(api.scope.isDone()).toBe(true);
});

test("an answer of an unexpected shape is an error, not a cast", async () => {
  const api = graphqlApi().expect(
    FIND_BOARD_BY_NUMBER,
    { owner: "acme", number: 7 },
    {
      data: orgWithProject({ id: "PVT_7" }),
    },
  );
  await expect(ensureBoard(api.gql, byNumber, columns)).rejects.toThrow(
    "GitHub Projects: finding the board answered in an unexpected shape",
  );
  expect(api.scope.isDone()).toBe(true);
});
