import { describe, expect, test } from "vitest";
import { expectValidGraphQL } from "../helpers/graphql-schema.js";
import { setupSimulator } from "./setup-simulator.js";
import { CREATE } from "./project-documents.js";

describe("GraphQL: what the installation may see, and what GitHub rejects", () => {
  test("a user's project is invisible to the installation token", async () => {
    const { octokit, sim } = await setupSimulator();
    sim.createProject("alice", "Personal");
    const query = `query { user(login: "alice") { id projectV2(number: 1) { id } } }`;
    expectValidGraphQL(query);
    const answer = await octokit.request("POST /graphql", { query });
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({
      data: { user: { id: expect.any(String), projectV2: null } },
      errors: [
        {
          type: "NOT_FOUND",
          path: ["user", "projectV2"],
          locations: [{ line: 1, column: 35 }],
          message: "Could not resolve to a ProjectV2 with the number 1.",
        },
      ],
    });
    const { user } = await octokit.graphql<{ user: { id: string } }>(
      `query { user(login: "alice") { id } }`,
    );
    await expect(octokit.graphql(CREATE, { owner: user.id, title: "MLOps" })).rejects.toMatchObject(
      {
        errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }],
      },
    );
    const listed = await octokit.graphql<{ user: { projectsV2: { totalCount: number } } }>(
      `query { user(login: "alice") { projectsV2(first: 10) { totalCount } } }`,
    );
    expect(listed.user.projectsV2.totalCount).toBe(0);
  });

  test("a document GitHub would reject is rejected with errors and status 200", async () => {
    const { octokit, sim } = await setupSimulator();
    const answer = await octokit.request("POST /graphql", {
      query: `query { organization(login: "acme") { nope } }`,
    });
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({
      errors: [
        {
          path: ["query"],
          extensions: { code: "undefinedField", typeName: "Organization", fieldName: "nope" },
          locations: [{ line: 1, column: 39 }],
          message: "Field 'nope' doesn't exist on type 'Organization'",
        },
      ],
    });
    await expect(
      octokit.graphql(`query { organization(login: "acme") { projectsV2 { totalCount } } }`),
    ).rejects.toMatchObject({
      errors: [{ type: "MISSING_PAGINATION_BOUNDARIES" }],
    });
    await octokit.graphql(
      `query { organization(login: "acme") { projectsV2(first: 1) { totalCount } } }`,
    );
    expect(sim.requests.at(-1)?.graphql).toEqual({ operation: "query", name: null });
  });

  test("issues and PRs: project items, edit history, closing references; unknown fields are recorded", async () => {
    const { octokit, sim } = await setupSimulator();
    const issue = await sim.openIssue({
      repo: "acme/models",
      title: "Deploy",
      body: "v1",
      user: "alice",
    });
    await sim.editIssueBody({ repo: "acme/models", number: issue.number, body: "v2", user: "bob" });
    await sim.openPullRequest({
      repo: "acme/models",
      title: "Rel",
      head: "rel",
      sha: "e".repeat(40),
      body: "Fixes #1",
      user: "alice",
    });
    const query = `query { repository(owner: "acme", name: "models") {
      issue(number: 1) { userContentEdits(first: 5) { nodes { diff editor { login } } }
        closedByPullRequestsReferences(first: 5) { nodes { number } } projectItems(first: 5) { totalCount } }
      pullRequest(number: 2) { headRefOid closingIssuesReferences(first: 5) { nodes { number } } }
    } }`;
    expectValidGraphQL(query);
    const { repository } = await octokit.graphql<{ repository: unknown }>(query);
    expect(repository).toEqual({
      issue: {
        userContentEdits: {
          nodes: [
            { diff: "v2", editor: { login: "bob" } },
            { diff: "v1", editor: { login: "alice" } },
          ],
        },
        closedByPullRequestsReferences: { nodes: [{ number: 2 }] },
        projectItems: { totalCount: 0 },
      },
      pullRequest: {
        headRefOid: "e".repeat(40),
        closingIssuesReferences: { nodes: [{ number: 1 }] },
      },
    });
    await octokit.graphql(
      `query { repository(owner: "acme", name: "models") { issue(number: 1) { milestone { id } } } }`,
    );
    expect(sim.unhandled).toEqual([{ kind: "graphql", what: "Issue.milestone" }]);
  });
});

describe("node lookups", () => {
  test("node and nodes resolve ids; an unknown id or a user's project is null with NOT_FOUND", async () => {
    const { octokit, sim } = await setupSimulator();
    const issue = await sim.openIssue({ repo: "acme/models", title: "Exp", user: "alice" });
    const personal = sim.createProject("alice", "Personal");
    const query = `query($ids: [ID!]!, $id: ID!) {
      nodes(ids: $ids) { id ... on Issue { number } }
      node(id: $id) { id }
    }`;
    expectValidGraphQL(query);
    const answer = await octokit.request("POST /graphql", {
      query,
      variables: { ids: [issue.nodeId, "I_nope"], id: personal.nodeId },
    });
    expect(answer.data).toMatchObject({
      data: { nodes: [{ id: issue.nodeId, number: 1 }, null], node: null },
      errors: [
        { type: "NOT_FOUND", path: ["nodes", 1] },
        { type: "NOT_FOUND", path: ["node"] },
      ],
    });
  });

  test("mutating a user's project by id is not accessible by integration", async () => {
    const { octokit, sim } = await setupSimulator();
    const issue = await sim.openIssue({ repo: "acme/models", title: "Exp", user: "alice" });
    const personal = sim.createProject("alice", "Personal");
    await expect(
      octokit.graphql(
        `mutation($p: ID!, $c: ID!) { addProjectV2ItemById(input: { projectId: $p, contentId: $c }) { item { id } } }`,
        { p: personal.nodeId, c: issue.nodeId },
      ),
    ).rejects.toMatchObject({
      errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }],
    });
    expect(sim.board("alice", personal.number)?.items).toEqual([]);
  });
});
