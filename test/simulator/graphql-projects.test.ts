import { describe, expect, test } from "vitest";
import { expectValidGraphQL } from "../helpers/graphql-schema.js";
import { setupSimulator } from "./setup-simulator.js";
import {
  ADD_FIELD,
  ADD_ITEM,
  CREATE,
  ITEMS,
  SET_VALUE,
  UPDATE_OPTIONS,
  createOrgProject,
  type Field,
} from "./project-documents.js";

describe("Projects v2 through GraphQL", () => {
  test("the documents used here are valid against GitHub's schema", () => {
    for (const doc of [CREATE, ADD_FIELD, ADD_ITEM, SET_VALUE, ITEMS, UPDATE_OPTIONS])
      expectValidGraphQL(doc);
  });

  test("a new project has GitHub's built-in fields, Status with Todo / In Progress / Done", async () => {
    const { octokit, sim } = await setupSimulator();
    const project = await createOrgProject(octokit.graphql);
    expect(project).toMatchObject({ number: 1, url: "https://github.com/orgs/acme/projects/1" });
    expect(project.fields.nodes.map((f) => f.name)).toEqual([
      "Title",
      "Assignees",
      "Status",
      "Labels",
      "Linked pull requests",
      "Milestone",
      "Repository",
      "Reviewers",
      "Parent issue",
      "Sub-issues progress",
    ]);
    const status = project.fields.nodes.find((f) => f.name === "Status");
    expect(status?.options?.map((o) => o.name)).toEqual(["Todo", "In Progress", "Done"]);
    expect(sim.requests.at(-1)?.graphql).toEqual({ operation: "mutation", name: null });
    expect(sim.unhandled).toEqual([]);
  });

  test("fields: create, duplicate name refused like GitHub; items: add is idempotent, values set and read", async () => {
    const { octokit, sim } = await setupSimulator();
    const project = await createOrgProject(octokit.graphql);
    const model = await octokit.graphql<{ createProjectV2Field: { projectV2Field: Field } }>(
      ADD_FIELD,
      {
        project: project.id,
        name: "Model",
        type: "TEXT",
      },
    );
    const metric = await octokit.graphql<{ createProjectV2Field: { projectV2Field: Field } }>(
      ADD_FIELD,
      {
        project: project.id,
        name: "Primary metric",
        type: "NUMBER",
      },
    );
    await expect(
      octokit.graphql(ADD_FIELD, { project: project.id, name: "model", type: "TEXT" }),
    ).rejects.toMatchObject({
      errors: [{ type: "UNPROCESSABLE", message: "Name has already been taken" }],
    });
    const issue = await sim.openIssue({ repo: "acme/models", title: "Exp 1", user: "alice" });
    const first = await octokit.graphql<{ addProjectV2ItemById: { item: { id: string } } }>(
      ADD_ITEM,
      {
        project: project.id,
        content: issue.nodeId,
      },
    );
    const again = await octokit.graphql<{ addProjectV2ItemById: { item: { id: string } } }>(
      ADD_ITEM,
      {
        project: project.id,
        content: issue.nodeId,
      },
    );
    expect(again.addProjectV2ItemById.item.id).toBe(first.addProjectV2ItemById.item.id);
    const item = first.addProjectV2ItemById.item.id;
    const status = project.fields.nodes.find((f) => f.name === "Status");
    const inProgress = status?.options?.find((o) => o.name === "In Progress")?.id;
    await octokit.graphql(SET_VALUE, {
      project: project.id,
      item,
      field: model.createProjectV2Field.projectV2Field.id,
      value: { text: "fraud" },
    });
    await octokit.graphql(SET_VALUE, {
      project: project.id,
      item,
      field: metric.createProjectV2Field.projectV2Field.id,
      value: { number: 0.93 },
    });
    await octokit.graphql(SET_VALUE, {
      project: project.id,
      item,
      field: status?.id,
      value: { singleSelectOptionId: inProgress },
    });
    await expect(
      octokit.graphql(SET_VALUE, {
        project: project.id,
        item,
        field: status?.id,
        value: { singleSelectOptionId: "nope" },
      }),
    ).rejects.toMatchObject({ errors: [{ type: "UNPROCESSABLE" }] });
    const read = await octokit.graphql<{
      organization: { projectV2: { items: { totalCount: number; nodes: unknown[] } } };
    }>(ITEMS, { owner: "acme", number: project.number });
    expect(read.organization.projectV2.items).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: item,
          type: "ISSUE",
          content: { number: 1, title: "Exp 1" },
          fieldValues: {
            nodes: [
              { text: "Exp 1", field: { name: "Title" } },
              { name: "In Progress", optionId: inProgress, field: { name: "Status" } },
              {},
              { text: "fraud", field: { name: "Model" } },
              { number: 0.93, field: { name: "Primary metric" } },
            ],
          },
          status: { name: "In Progress" },
        },
      ],
    });
    expect(sim.board("acme", project.number)?.items[0]?.values).toMatchObject({
      Status: "In Progress",
      Model: "fraud",
      "Primary metric": 0.93,
    });
    expect(sim.unhandled).toEqual([]);
  });

  test("rewriting a single-select field's options replaces them and clears every item's value", async () => {
    const { octokit, sim } = await setupSimulator();
    const project = await createOrgProject(octokit.graphql);
    const status = project.fields.nodes.find((f) => f.name === "Status");
    const issue = await sim.openIssue({ repo: "acme/models", title: "Exp", user: "alice" });
    const { addProjectV2ItemById } = await octokit.graphql<{
      addProjectV2ItemById: { item: { id: string } };
    }>(ADD_ITEM, { project: project.id, content: issue.nodeId });
    await octokit.graphql(SET_VALUE, {
      project: project.id,
      item: addProjectV2ItemById.item.id,
      field: status?.id,
      value: { singleSelectOptionId: status?.options?.[0]?.id },
    });
    expect(sim.board("acme", 1)?.items[0]?.values.Status).toBe("Todo");
    const options = ["Backlog", "Todo"].map((name) => ({ name, color: "GRAY", description: "" }));
    const updated = await octokit.graphql<{ updateProjectV2Field: { projectV2Field: Field } }>(
      UPDATE_OPTIONS,
      {
        field: status?.id,
        options,
      },
    );
    const newTodo = updated.updateProjectV2Field.projectV2Field.options?.find(
      (o) => o.name === "Todo",
    );
    expect(newTodo?.id).not.toBe(status?.options?.[0]?.id);
    expect(sim.board("acme", 1)?.items[0]?.values.Status).toBeNull();
  });

  test("projectsV2(query) matches words of the title; fields and views are copied; REST creates views", async () => {
    const { octokit, sim } = await setupSimulator();
    const template = await createOrgProject(octokit.graphql);
    await octokit.graphql(ADD_FIELD, {
      project: template.id,
      name: "Kind",
      type: "SINGLE_SELECT",
      options: [{ name: "Experiment", color: "BLUE", description: "" }],
    });
    const view = await octokit.request("POST /orgs/{org}/projectsV2/{project_number}/views", {
      org: "acme",
      project_number: template.number,
      name: "Board",
      layout: "board",
    });
    expect(view.status).toBe(201);
    const { organization } = await octokit.graphql<{ organization: { id: string } }>(
      `query { organization(login: "acme") { id } }`,
    );
    const copy = await octokit.graphql<{
      copyProjectV2: {
        projectV2: {
          number: number;
          title: string;
          views: { nodes: Array<{ name: string; layout: string }> };
          field: { name: string } | null;
        };
      };
    }>(
      `mutation($p: ID!, $o: ID!) { copyProjectV2(input: { projectId: $p, ownerId: $o, title: "MLOps Archive" }) {
        projectV2 { number title views(first: 5) { nodes { name layout } } field(name: "Kind") { ... on ProjectV2SingleSelectField { name } } }
      } }`,
      { p: template.id, o: organization.id },
    );
    expect(copy.copyProjectV2.projectV2).toEqual({
      number: 2,
      title: "MLOps Archive",
      views: {
        nodes: [
          { name: "View 1", layout: "TABLE_LAYOUT" },
          { name: "Board", layout: "BOARD_LAYOUT" },
        ],
      },
      field: { name: "Kind" },
    });
    const found = await octokit.graphql<{
      organization: { projectsV2: { nodes: Array<{ title: string }> } };
    }>(
      `query { organization(login: "acme") { projectsV2(first: 10, query: "mlops") { nodes { title } } } }`,
    );
    expect(found.organization.projectsV2.nodes.map((p) => p.title)).toEqual([
      "MLOps Archive",
      "MLOps",
    ]);
    expect(sim.unhandled).toEqual([]);
  });
});
