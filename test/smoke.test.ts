import nock from "nock";
import { expect, test } from "vitest";
import { webhookExample } from "../src/simulator/webhook-example.js";
import { createTestProbot } from "./helpers/probot.js";
import { expectRestRoute } from "./helpers/openapi.js";
import { expectValidGraphQL, graphqlErrors } from "./helpers/graphql-schema.js";

test("the test Probot reaches GitHub through nock with an installation token", async () => {
  const { probot } = createTestProbot();
  probot.on("issues.opened", async (context) => {
    await context.octokit.rest.issues.createComment(context.issue({ body: "hi" }));
  });
  const scope = nock("https://api.github.com")
    .post("/app/installations/1/access_tokens")
    .reply(200, { token: "test", permissions: { issues: "write" } })
    .post("/repos/Codertocat/Hello-World/issues/1/comments", { body: "hi" })
    .reply(201, {});
  await probot.receive({
    id: "1",
    name: "issues",
    payload: webhookExample("issues", "opened") as never,
  });
  expect(scope.isDone()).toBe(true);
  expectRestRoute("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments");
});

test("GraphQL documents are checked against GitHub's schema, mutations included", () => {
  expectValidGraphQL(
    `mutation($f: ID!, $p: ID!) { updateProjectV2Field(input: { fieldId: $f, name: "x" }) { clientMutationId } deleteProjectV2(input: { projectId: $p }) { clientMutationId } }`,
  );
  expect(graphqlErrors("query { viewer { nope } }")).not.toEqual([]);
});
