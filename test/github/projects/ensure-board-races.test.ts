import { expect, test } from "vitest";
import { CREATE_BOARD, DELETE_BOARD } from "../../../src/github/projects/create-board.js";
import { READ_BOARD } from "../../../src/github/projects/ensure-board-fields.js";
import { ensureBoard } from "../../../src/github/projects/ensure-board.js";
import {
  FIND_BOARD_BY_NUMBER,
  FIND_BOARDS_BY_TITLE,
} from "../../../src/github/projects/find-board.js";
import {
  builtInFields,
  columns,
  contractBoardFields,
  contractFields,
  orgWithProject,
  orgWithProjects,
  project,
} from "./board-fixtures.js";
import {
  findFirstPage,
  oneWrite,
  SET_UP_NEW_BOARD,
  setUpAnswer,
  setUpVariables,
  target,
} from "./field-setup-fixtures.js";
import { graphqlApi } from "../../helpers/graphql-api.js";

test("race on creation: another replica's lower-numbered project wins and ours is deleted", async () => {
  const theirs = project({ number: 11 });
  const api = graphqlApi()
    .expect(FIND_BOARDS_BY_TITLE, findFirstPage, { data: orgWithProjects([]) })
    .expect(
      CREATE_BOARD,
      { ownerId: "O_acme", title: "MLOps" },
      {
        data: { createProjectV2: { projectV2: project({ number: 12, fields: builtInFields }) } },
      },
    )
    .expect(FIND_BOARDS_BY_TITLE, findFirstPage, {
      data: orgWithProjects([theirs, project({ number: 12 })]),
    })
    .expect(
      DELETE_BOARD,
      { projectId: "PVT_12" },
      { data: { deleteProjectV2: { clientMutationId: null } } },
    );
  const result = await ensureBoard(api.gql, target, columns);
  expect(result).toMatchObject({
    ok: true,
    created: false,
    board: { id: "PVT_11", number: 11, problems: [] },
  });
  expect(api.scope.isDone()).toBe(true);
});
test("race on creation: a duplicate that cannot be deleted is left for a person, named in problems", async () => {
  const api = graphqlApi()
    .expect(FIND_BOARDS_BY_TITLE, findFirstPage, { data: orgWithProjects([]) })
    .expect(
      CREATE_BOARD,
      { ownerId: "O_acme", title: "MLOps" },
      {
        data: { createProjectV2: { projectV2: project({ number: 12 }) } },
      },
    )
    .expect(FIND_BOARDS_BY_TITLE, findFirstPage, {
      data: orgWithProjects([project({ number: 11 })]),
    })
    .expect(
      DELETE_BOARD,
      { projectId: "PVT_12" },
      {
        data: { deleteProjectV2: null },
        errors: [
          {
            type: "FORBIDDEN",
            path: ["deleteProjectV2"],
            message: "Resource not accessible by integration",
          },
        ],
      },
    );
  const result = await ensureBoard(api.gql, target, columns);
  expect(result.ok && result.board.number).toBe(11);
  expect(result.ok && result.board.problems).toEqual([
    `The app created the project "MLOps" (number 12) at the same time as another copy of the app created the one it ` +
      `now uses, and could not delete it (GitHub Projects: deleting a duplicate board failed: FORBIDDEN: ` +
      `Resource not accessible by integration (at deleteProjectV2)). Delete project number 12 by hand.`,
  ]);
  expect(api.scope.isDone()).toBe(true);
});
test("duplicate-field race: 'already taken' counts as success and the fields are read again", async () => {
  const api = graphqlApi()
    .expect(
      FIND_BOARD_BY_NUMBER,
      { owner: "acme", number: 7 },
      {
        data: orgWithProject(project({ fields: builtInFields })),
      },
    )
    .expect(SET_UP_NEW_BOARD, setUpVariables("PVT_7"), {
      data: { ...setUpAnswer, model: null, kind: null },
      errors: [
        { type: "UNPROCESSABLE", path: ["kind"], message: "Name has already been taken" },
        { type: "UNPROCESSABLE", path: ["model"], message: "Name has already been taken" },
      ],
    })
    .expect(READ_BOARD, { projectId: "PVT_7" }, { data: { node: project() } });
  const result = await ensureBoard(api.gql, { ...target, number: 7 }, columns);
  expect(result).toMatchObject({
    ok: true,
    created: false,
    board: { fields: contractBoardFields(), problems: [] },
  });
  expect(api.calls).toHaveLength(3);
  expect(api.scope.isDone()).toBe(true);
});
test("a field-setup error other than a duplicate name throws, naming the step and the field", async () => {
  const fields = contractFields.filter((f) => f.name !== "Model");
  const api = graphqlApi()
    .expect(
      FIND_BOARD_BY_NUMBER,
      { owner: "acme", number: 7 },
      { data: orgWithProject(project({ items: 1, fields })) },
    )
    .expect(
      oneWrite("model", "createProjectV2Field", "CreateProjectV2FieldInput"),
      { model: { projectId: "PVT_7", name: "Model", dataType: "TEXT" } },
      {
        data: { model: null },
        errors: [
          {
            type: "UNPROCESSABLE",
            path: ["model"],
            message: "Projects can have at most 50 fields",
          },
        ],
      },
    );
  await expect(ensureBoard(api.gql, { ...target, number: 7 }, columns)).rejects.toThrow(
    "GitHub Projects: setting up the board's fields failed: UNPROCESSABLE: Projects can have at most 50 fields (at model)",
  );
  expect(api.scope.isDone()).toBe(true);
});
