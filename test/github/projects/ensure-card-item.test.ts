import nock from "nock";
import { expect, test } from "vitest";
import { ADD_CARD_ITEM, ensureCardItem } from "../../../src/github/projects/ensure-card-item.js";
import { FIND_CARD_ITEM, findCardItem } from "../../../src/github/projects/find-card-item.js";
import { ProjectsApiError } from "../../../src/github/projects/projects-api-error.js";
import { setCardValues } from "../../../src/github/projects/set-card-values.js";
import { contractBoardFields } from "./board-fixtures.js";
import { graphqlApi } from "../../helpers/graphql-api.js";

const board = { id: "PVT_7", fields: contractBoardFields() };
const add = { projectId: "PVT_7", contentId: "I_42" };
const added = (id: string) => ({ data: { addProjectV2ItemById: { item: { id } } } });
const answered = (...keys: string[]) => ({
  data: Object.fromEntries(keys.map((k) => [k, { projectV2Item: { id: "PVTI_1" } }])),
});
const input = (fieldId: string, value: unknown) => ({
  projectId: "PVT_7",
  itemId: "PVTI_1",
  fieldId,
  value,
});

const SET_ALL_VALUES = `mutation SetCardValues($status: UpdateProjectV2ItemFieldValueInput!, $kind: UpdateProjectV2ItemFieldValueInput!, $model: UpdateProjectV2ItemFieldValueInput!, $version: UpdateProjectV2ItemFieldValueInput!, $primaryMetric: UpdateProjectV2ItemFieldValueInput!, $rolloutPercent: UpdateProjectV2ItemFieldValueInput!) {
  status: updateProjectV2ItemFieldValue(input: $status) {
    projectV2Item {
      id
    }
  }
  kind: updateProjectV2ItemFieldValue(input: $kind) {
    projectV2Item {
      id
    }
  }
  model: updateProjectV2ItemFieldValue(input: $model) {
    projectV2Item {
      id
    }
  }
  version: updateProjectV2ItemFieldValue(input: $version) {
    projectV2Item {
      id
    }
  }
  primaryMetric: updateProjectV2ItemFieldValue(input: $primaryMetric) {
    projectV2Item {
      id
    }
  }
  rolloutPercent: updateProjectV2ItemFieldValue(input: $rolloutPercent) {
    projectV2Item {
      id
    }
  }
}
`;

const SET_STATUS = `mutation SetCardValues($status: UpdateProjectV2ItemFieldValueInput!) {
  status: updateProjectV2ItemFieldValue(input: $status) {
    projectV2Item {
      id
    }
  }
}
`;

test("ensureCardItem: the add, then one aliased document with every value: two requests", async () => {
  const api = graphqlApi()
    .expect(ADD_CARD_ITEM, add, added("PVTI_1"))
    .expect(
      SET_ALL_VALUES,
      {
        status: input("F_status", { singleSelectOptionId: "status_experiment" }),
        kind: input("F_kind", { singleSelectOptionId: "kind_experiment" }),
        model: input("F_model", { text: "fraud-detector" }),
        version: input("F_version", { text: "2.3.0" }),
        primaryMetric: input("F_primary_metric", { number: 0.931 }),
        rolloutPercent: input("F_rollout_", { number: 0 }),
      },
      answered("status", "kind", "model", "version", "primaryMetric", "rolloutPercent"),
    );
  const result = await ensureCardItem(api.gql, board, "I_42", {
    rolloutPercent: 0,
    primaryMetric: 0.931,
    version: "2.3.0",
    model: "fraud-detector",
    kind: "Experiment",
    status: "Experiment",
  });
  expect(result).toEqual({ itemId: "PVTI_1", unset: [] });
  expect(api.calls).toHaveLength(2);
  expect(api.scope.isDone()).toBe(true);
});

test("ensureCardItem: an issue already on the board is success; unknown options and fields are unset", async () => {
  const fields = contractBoardFields();
  delete fields.rolloutPercent;
  const api = graphqlApi()
    // GitHub answers the add of an issue already on the project with its existing item.
    .expect(ADD_CARD_ITEM, add, added("PVTI_1"))
    .expect(
      SET_STATUS,
      { status: input("F_status", { singleSelectOptionId: "status_evaluation" }) },
      answered("status"),
    );
  const result = await ensureCardItem(api.gql, { id: "PVT_7", fields }, "I_42", {
    status: "evaluation",
    kind: "Shadow test",
    rolloutPercent: 25,
    primaryMetric: Number.NaN,
  });
  expect(result).toEqual({ itemId: "PVTI_1", unset: ["kind", "primaryMetric", "rolloutPercent"] });
  expect(api.scope.isDone()).toBe(true);
});

test("ensureCardItem: nothing the board can take costs only the add", async () => {
  const api = graphqlApi().expect(ADD_CARD_ITEM, add, added("PVTI_1"));
  const result = await ensureCardItem(api.gql, { id: "PVT_7", fields: {} }, "I_42", {
    status: "Experiment",
  });
  expect(result).toEqual({ itemId: "PVTI_1", unset: ["status"] });
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

test("a value GitHub rejects surfaces as a ProjectsApiError naming the step and the value", async () => {
  const api = graphqlApi().expect(
    SET_STATUS,
    { status: input("F_status", { singleSelectOptionId: "status_backlog" }) },
    {
      data: { status: null },
      errors: [
        { path: ["status"], message: "The single select option Id does not belong to the field" },
      ],
    },
  );
  const error: unknown = await setCardValues(api.gql, board, "PVTI_1", { status: "Backlog" }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProjectsApiError);
  expect((error as ProjectsApiError).message).toBe(
    "GitHub Projects: setting the card's fields failed: The single select option Id does not belong to the field (at status)",
  );
  expect(api.scope.isDone()).toBe(true);
});

test("an add GitHub refuses throws, and no values are sent", async () => {
  const api = graphqlApi().expect(ADD_CARD_ITEM, add, {
    data: { addProjectV2ItemById: null },
    errors: [
      {
        type: "NOT_FOUND",
        path: ["addProjectV2ItemById"],
        message: "Could not resolve to a node with the global id of 'I_42'",
      },
    ],
  });
  await expect(ensureCardItem(api.gql, board, "I_42", { status: "Backlog" })).rejects.toThrow(
    /^GitHub Projects: adding the card to the board failed: NOT_FOUND: Could not resolve/,
  );
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

test("setCardValues: the aliased mutation on its own, one request", async () => {
  const api = graphqlApi().expect(
    SET_STATUS,
    { status: input("F_status", { singleSelectOptionId: "status_monitoring" }) },
    answered("status"),
  );
  expect(await setCardValues(api.gql, board, "PVTI_1", { status: "Monitoring" })).toEqual({
    unset: [],
  });
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

const itemsPage = (
  nodes: Array<[string, string, unknown[]?]>,
  endCursor: string | null = null,
) => ({
  data: {
    node: {
      projectItems: {
        nodes: nodes.map(([id, project, values = []]) => ({
          id,
          project: { id: project },
          fieldValues: { nodes: values },
        })),
        pageInfo: { hasNextPage: endCursor !== null, endCursor },
      },
    },
  },
});

test("findCardItem: the issue's item on this board, paging through its projects", async () => {
  const api = graphqlApi()
    .expect(
      FIND_CARD_ITEM,
      { contentId: "I_42", cursor: null },
      itemsPage([["PVTI_9", "PVT_1"]], "c1"),
    )
    .expect(
      FIND_CARD_ITEM,
      { contentId: "I_42", cursor: "c1" },
      itemsPage([
        ["PVTI_3", "PVT_2"],
        ["PVTI_1", "PVT_7"],
      ]),
    );
  expect(await findCardItem(api.gql, board, "I_42")).toEqual({ id: "PVTI_1", values: {} });
  expect(api.scope.isDone()).toBe(true);
});

test("findCardItem: null for an issue on other boards only, in one request", async () => {
  const api = graphqlApi().expect(
    FIND_CARD_ITEM,
    { contentId: "I_42", cursor: null },
    itemsPage([["PVTI_9", "PVT_1"]]),
  );
  expect(await findCardItem(api.gql, board, "I_42")).toBeNull();
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

test("findCardItem: the item's single-select, text and number values by field id", async () => {
  const api = graphqlApi().expect(
    FIND_CARD_ITEM,
    { contentId: "I_42", cursor: null },
    itemsPage([
      ["PVTI_9", "PVT_1", [{ optionId: "other_board", field: { id: "F_other" } }]],
      [
        "PVTI_1",
        "PVT_7",
        [
          // Title is a text value too; labels, dates and the like come back empty.
          { text: "Embeddings", field: { id: "F_title" } },
          {},
          { optionId: "status_evaluation", field: { id: "F_status" } },
          { text: "2.4.0", field: { id: "F_version" } },
          { number: 0.931, field: { id: "F_primary_metric" } },
          { number: 0, field: { id: "F_rollout_" } },
        ],
      ],
    ]),
  );
  expect(await findCardItem(api.gql, board, "I_42")).toEqual({
    id: "PVTI_1",
    values: {
      F_title: { text: "Embeddings" },
      F_status: { optionId: "status_evaluation" },
      F_version: { text: "2.4.0" },
      F_primary_metric: { number: 0.931 },
      F_rollout_: { number: 0 },
    },
  });
  expect(api.scope.isDone()).toBe(true);
});

const held = {
  F_status: { optionId: "status_evaluation" },
  F_kind: { optionId: "kind_experiment" },
  F_model: { text: "fraud-detector" },
  F_version: { text: "2.4.0" },
  F_primary_metric: { number: 0.931 },
  F_rollout_: { number: 25 },
};

test("setCardValues: values the item already holds send no request at all", async () => {
  const api = graphqlApi();
  const result = await setCardValues(
    api.gql,
    board,
    "PVTI_1",
    {
      status: "evaluation",
      kind: "Experiment",
      model: "fraud-detector",
      version: "2.4.0",
      primaryMetric: 0.931,
      rolloutPercent: 25,
    },
    held,
  );
  expect(result).toEqual({ unset: [] });
  expect(api.calls).toEqual([]);
  expect(nock.isDone()).toBe(true);
});

test("setCardValues: a partly changed set sends only the changed fields", async () => {
  const api = graphqlApi().expect(
    `mutation SetCardValues($status: UpdateProjectV2ItemFieldValueInput!, $primaryMetric: UpdateProjectV2ItemFieldValueInput!) {
  status: updateProjectV2ItemFieldValue(input: $status) {
    projectV2Item {
      id
    }
  }
  primaryMetric: updateProjectV2ItemFieldValue(input: $primaryMetric) {
    projectV2Item {
      id
    }
  }
}
`,
    {
      status: input("F_status", { singleSelectOptionId: "status_monitoring" }),
      primaryMetric: input("F_primary_metric", { number: 0.94 }),
    },
    answered("status", "primaryMetric"),
  );
  const result = await setCardValues(
    api.gql,
    board,
    "PVTI_1",
    // Version and Rollout % are held already; Status and Primary metric differ.
    { status: "Monitoring", version: "2.4.0", primaryMetric: 0.94, rolloutPercent: 25 },
    held,
  );
  expect(result).toEqual({ unset: [] });
  expect(api.calls).toHaveLength(1);
  expect(api.scope.isDone()).toBe(true);
});

test("setCardValues: a held value of another kind is written over", async () => {
  const api = graphqlApi().expect(
    `mutation SetCardValues($rolloutPercent: UpdateProjectV2ItemFieldValueInput!) {
  rolloutPercent: updateProjectV2ItemFieldValue(input: $rolloutPercent) {
    projectV2Item {
      id
    }
  }
}
`,
    { rolloutPercent: input("F_rollout_", { number: 25 }) },
    answered("rolloutPercent"),
  );
  await setCardValues(
    api.gql,
    board,
    "PVTI_1",
    { rolloutPercent: 25 },
    {
      F_rollout_: { text: "25" },
    },
  );
  expect(api.scope.isDone()).toBe(true);
});
