import { ProbotOctokit } from "probot";
import { expect, test } from "vitest";
import { boardFieldSpecs } from "../../../src/github/projects/board-field-specs.js";
import type { FieldKey } from "../../../src/github/projects/board-types.js";
import * as createBoard from "../../../src/github/projects/create-board.js";
import {
  buildBoardFieldsMutation,
  READ_BOARD,
} from "../../../src/github/projects/ensure-board-fields.js";
import { ADD_CARD_ITEM } from "../../../src/github/projects/ensure-card-item.js";
import {
  FIND_BOARD_BY_NUMBER,
  FIND_BOARDS_BY_TITLE,
} from "../../../src/github/projects/find-board.js";
import { FIND_CARD_ITEM } from "../../../src/github/projects/find-card-item.js";
import type { Graphql } from "../../../src/github/projects/graphql-client.js";
import { planBoardFields } from "../../../src/github/projects/plan-board-fields.js";
import { buildCardValuesMutation } from "../../../src/github/projects/set-card-values.js";
import { graphqlErrors } from "../../helpers/graphql-schema.js";
import { builtInFields, columns, contractBoardFields } from "./board-fixtures.js";

// @octokit/graphql sends these option names as request options, not as variables.
const reservedNames = [
  "query",
  "method",
  "url",
  "headers",
  "request",
  "baseUrl",
  "mediaType",
  "operationName",
];

const allFieldWrites = (() => {
  const plan = planBoardFields(boardFieldSpecs(columns), builtInFields, false);
  return buildBoardFieldsMutation("PVT_1", plan.creates, plan.rewrites);
})();
const allCardValues = buildCardValuesMutation(
  { id: "PVT_1", fields: contractBoardFields() },
  "PVTI_1",
  {
    status: "Backlog",
    kind: "Incident",
    model: "m",
    version: "1",
    primaryMetric: 1,
    rolloutPercent: 5,
  },
);

const documents: Array<[string, string]> = [
  ["FIND_BOARD_BY_NUMBER", FIND_BOARD_BY_NUMBER],
  ["FIND_BOARDS_BY_TITLE", FIND_BOARDS_BY_TITLE],
  ["FIND_TEMPLATE_PROJECT", createBoard.FIND_TEMPLATE_PROJECT],
  ["CREATE_BOARD", createBoard.CREATE_BOARD],
  ["COPY_BOARD", createBoard.COPY_BOARD],
  ["DELETE_BOARD", createBoard.DELETE_BOARD],
  ["READ_BOARD", READ_BOARD],
  ["ADD_CARD_ITEM", ADD_CARD_ITEM],
  ["FIND_CARD_ITEM", FIND_CARD_ITEM],
  ["SetUpBoardFields (every create and rewrite)", allFieldWrites.document],
  ["SetCardValues (every value)", allCardValues.document ?? ""],
];

test.each(documents)("%s is valid against GitHub's published schema", (_name, document) => {
  expect(graphqlErrors(document)).toEqual([]);
  const variables = [...document.matchAll(/\$(\w+):/g)].map((m) => m[1]);
  expect(variables.filter((name) => reservedNames.includes(name ?? ""))).toEqual([]);
});

test("the generated documents hold one write per field, every one of the contract", () => {
  const keys: FieldKey[] = [
    "status",
    "kind",
    "model",
    "version",
    "primaryMetric",
    "rolloutPercent",
  ];
  expect(Object.keys(allFieldWrites.variables).sort()).toEqual([...keys].sort());
  expect(Object.keys(allCardValues.variables)).toEqual(keys);
  expect(allCardValues.unset).toEqual([]);
});

test("Probot's context.octokit.graphql satisfies the adapter's client type", () => {
  const gql: Graphql = new ProbotOctokit({ auth: { token: "t" } }).graphql;
  expect(typeof gql).toBe("function");
});
