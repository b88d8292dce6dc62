import { expect, test } from "vitest";
import {
  COPY_BOARD,
  CREATE_BOARD,
  FIND_TEMPLATE_PROJECT,
} from "../../../src/github/projects/create-board.js";
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
  plainField,
  project,
  selectField,
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

test("title missing: createProjectV2, converge, then one document creates fields and rewrites Status", async () => {
  const fresh = project({ number: 12, fields: builtInFields });
  const api = graphqlApi()
    .expect(FIND_BOARDS_BY_TITLE, findFirstPage, {
      data: orgWithProjects([project({ number: 2, title: "MLOps old" })]),
    })
    .expect(
      CREATE_BOARD,
      { ownerId: "O_acme", title: "MLOps" },
      { data: { createProjectV2: { projectV2: fresh } } },
    )
    // The search may not list a project made a moment ago: ours still counts.
    .expect(FIND_BOARDS_BY_TITLE, findFirstPage, {
      data: orgWithProjects([project({ number: 2, title: "MLOps old" })]),
    })
    .expect(SET_UP_NEW_BOARD, setUpVariables("PVT_12"), { data: setUpAnswer });
  const result = await ensureBoard(api.gql, target, columns);
  expect(result).toEqual({
    ok: true,
    created: true,
    board: {
      id: "PVT_12",
      number: 12,
      title: "MLOps",
      url: "https://github.com/orgs/acme/projects/12",
      owner: "acme",
      fields: contractBoardFields(),
      missingOptions: [],
      problems: [],
    },
  });
  expect(api.calls).toHaveLength(4);
  expect(api.scope.isDone()).toBe(true);
});
test("a rewrite keeps the color and description a person gave an option of the same name", async () => {
  const status = selectField("Status", ["Todo", "Monitoring"]);
  status.options = status.options?.map((o) =>
    o.name === "Monitoring" ? { ...o, color: "RED", description: "Live" } : o,
  );
  const fields = [...contractFields.filter((f) => f.name !== "Status"), status];
  const variables = {
    status: {
      fieldId: "F_status",
      singleSelectOptions: setUpVariables("PVT_7").status.singleSelectOptions.map((o) =>
        o.name === "Monitoring" ? { ...o, color: "RED", description: "Live" } : o,
      ),
    },
  };
  const document = oneWrite("status", "updateProjectV2Field", "UpdateProjectV2FieldInput");
  const api = graphqlApi()
    .expect(
      FIND_BOARD_BY_NUMBER,
      { owner: "acme", number: 7 },
      { data: orgWithProject(project({ fields })) },
    )
    .expect(document, variables, { data: { status: setUpAnswer.status } });
  const result = await ensureBoard(api.gql, { ...target, number: 7 }, columns);
  expect(result.ok && result.board.fields).toEqual(contractBoardFields());
  expect(api.scope.isDone()).toBe(true);
});
test("with a template: copyProjectV2 of the owner's project, whose fields are already right", async () => {
  const copy = project({ number: 12 });
  const api = graphqlApi()
    .expect(FIND_BOARDS_BY_TITLE, findFirstPage, { data: orgWithProjects([]) })
    .expect(
      FIND_TEMPLATE_PROJECT,
      { owner: "acme", number: 3 },
      { data: { organization: { projectV2: { id: "PVT_3" } } } },
    )
    .expect(
      COPY_BOARD,
      { ownerId: "O_acme", projectId: "PVT_3", title: "MLOps" },
      {
        data: { copyProjectV2: { projectV2: copy } },
      },
    )
    .expect(FIND_BOARDS_BY_TITLE, findFirstPage, { data: orgWithProjects([copy]) });
  const result = await ensureBoard(api.gql, { ...target, template: 3 }, columns);
  expect(result).toMatchObject({
    ok: true,
    created: true,
    board: { id: "PVT_12", fields: contractBoardFields() },
  });
  expect(api.calls).toHaveLength(4);
  expect(api.scope.isDone()).toBe(true);
});
test("a template number that does not resolve is not-found, and nothing is created", async () => {
  const api = graphqlApi()
    .expect(FIND_BOARDS_BY_TITLE, findFirstPage, { data: orgWithProjects([]) })
    .expect(
      FIND_TEMPLATE_PROJECT,
      { owner: "acme", number: 3 },
      {
        data: { organization: { projectV2: null } },
        errors: [
          {
            type: "NOT_FOUND",
            path: ["organization", "projectV2"],
            message: "Could not resolve to a ProjectV2 with the number 3.",
          },
        ],
      },
    );
  const result = await ensureBoard(api.gql, { ...target, template: 3 }, columns);
  expect(result).toMatchObject({ ok: false, reason: "not-found", missing: "template" });
  expect(!result.ok && result.message).toContain(`template project number 3 of "acme"`);
  expect(api.scope.isDone()).toBe(true);
});
test("creating without the projects permission is no-access", async () => {
  const api = graphqlApi()
    .expect(FIND_BOARDS_BY_TITLE, findFirstPage, { data: orgWithProjects([]) })
    .expect(
      CREATE_BOARD,
      { ownerId: "O_acme", title: "MLOps" },
      {
        data: { createProjectV2: null },
        errors: [
          {
            type: "FORBIDDEN",
            path: ["createProjectV2"],
            message: "Resource not accessible by integration",
          },
        ],
      },
    );
  const result = await ensureBoard(api.gql, target, columns);
  expect(result).toMatchObject({ ok: false, reason: "no-access", target });
  expect(api.scope.isDone()).toBe(true);
});
test("a wrong-typed field on a new board is not created again and not rewritten", async () => {
  const fields = [...contractFields.filter((f) => f.name !== "Kind"), plainField("Kind", "TEXT")];
  const api = graphqlApi().expect(
    FIND_BOARD_BY_NUMBER,
    { owner: "acme", number: 7 },
    {
      data: orgWithProject(project({ fields })),
    },
  );
  const result = await ensureBoard(api.gql, { ...target, number: 7 }, columns);
  expect(result.ok && result.board.fields.kind).toBeUndefined();
  expect(result.ok && result.board.problems).toHaveLength(1);
  expect(api.calls).toHaveLength(1);
});
