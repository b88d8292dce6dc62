import { describe, expect, test } from "vitest";
import { boardFieldSpecs } from "../../../src/github/projects/board-field-specs.js";
import { planBoardFields } from "../../../src/github/projects/plan-board-fields.js";
import {
  builtInFields,
  columns,
  contractFields,
  plainField,
  selectField,
} from "./board-fixtures.js";

const specs = boardFieldSpecs(columns);
const without = (name: string) => contractFields.filter((f) => f.name !== name);
const summary = (fields: typeof contractFields, hasItems: boolean) => {
  const plan = planBoardFields(specs, fields, hasItems);
  return {
    creates: plan.creates.map((c) => c.name),
    rewrites: plan.rewrites.map((r) => r.key),
    missingOptions: plan.missingOptions,
    problems: plan.problems.length,
    usable: Object.keys(plan.fields),
  };
};
const all = ["status", "kind", "model", "version", "primaryMetric", "rolloutPercent"];

describe("planBoardFields", () => {
  test.each([
    {
      case: "a set-up board: nothing to write",
      fields: contractFields,
      hasItems: true,
      want: { creates: [], rewrites: [], missingOptions: [], problems: 0, usable: all },
    },
    {
      case: "a new board: five fields to create, Status options to rewrite",
      fields: builtInFields,
      hasItems: false,
      want: {
        creates: ["Kind", "Model", "Version", "Primary metric", "Rollout %"],
        rewrites: ["status"],
        missingOptions: [],
        problems: 0,
        usable: ["status"],
      },
    },
    {
      case: "a board with items and GitHub's Status: options named, never rewritten",
      fields: [...builtInFields, ...without("Status")],
      hasItems: true,
      want: {
        creates: [],
        rewrites: [],
        missingOptions: [{ field: "Status", options: columns }],
        problems: 0,
        usable: ["status", "kind", "model", "version", "primaryMetric", "rolloutPercent"],
      },
    },
    {
      case: "a missing field is created even on a board with items",
      fields: without("Version"),
      hasItems: true,
      want: {
        creates: ["Version"],
        rewrites: [],
        missingOptions: [],
        problems: 0,
        usable: ["status", "kind", "model", "primaryMetric", "rolloutPercent"],
      },
    },
    {
      case: "names match whatever their case; options too",
      fields: [
        ...without("Kind").filter((f) => f.name !== "Rollout %"),
        selectField("kind", ["experiment", "DEPLOYMENT", "Incident", "Retraining"]),
        plainField("rollout %", "NUMBER"),
      ],
      hasItems: true,
      want: { creates: [], rewrites: [], missingOptions: [], problems: 0, usable: all },
    },
    {
      case: "wrong types: reported, not created, not rewritten, not usable",
      fields: [
        ...without("Status").filter((f) => f.name !== "Primary metric"),
        plainField("Status", "TEXT"),
        plainField("Primary metric", "TEXT"),
      ],
      hasItems: false,
      want: {
        creates: [],
        rewrites: [],
        missingOptions: [],
        problems: 2,
        usable: ["kind", "model", "version", "rolloutPercent"],
      },
    },
  ])("$case", ({ fields, hasItems, want }) => {
    expect(summary(fields, hasItems)).toEqual(want);
  });

  test("Status options follow the columns in order, with colors from grey to green", () => {
    const status = specs.find((s) => s.key === "status");
    expect(status?.options?.map((o) => `${o.name}:${o.color}`)).toEqual([
      "Backlog:GRAY",
      "Data Prep:BLUE",
      "Experiment:YELLOW",
      "Evaluation:PURPLE",
      "Deployment:ORANGE",
      "Monitoring:GREEN",
    ]);
  });
});
