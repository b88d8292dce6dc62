import { isDeepStrictEqual } from "node:util";
import { graphql } from "@octokit/graphql";
import nock from "nock";
import type { Graphql } from "../../src/github/projects/graphql-client.js";
import { expectValidGraphQL } from "./graphql-schema.js";

/** GraphQL answer bodies as GitHub sends them. */
export type GraphqlReply = { data?: unknown; errors?: Array<Record<string, unknown>> };

/**
 * One nock scope for a test's GraphQL traffic: each `expect` is one request with its exact
 * body (document and variables), validated against GitHub's schema before it is sent.
 * `gql` is the real Octokit GraphQL client (the one Probot's `context.octokit.graphql`
 * wraps), so GraphQL errors arrive as Octokit's GraphqlResponseError; `calls` counts requests.
 */
export function graphqlApi() {
  const scope = nock("https://api.github.com");
  const client = graphql.defaults({ headers: { authorization: "token test" } });
  const calls: string[] = [];
  const gql: Graphql = <T>(query: string, variables?: Record<string, unknown>) => {
    calls.push(query);
    return client<T>(query, variables);
  };
  const api = {
    scope,
    gql,
    calls,
    expect(query: string, variables: Record<string, unknown>, reply: GraphqlReply) {
      expectValidGraphQL(query);
      // Compared as JSON, as it goes over the wire: exactly this document and these variables.
      const body: unknown = JSON.parse(JSON.stringify({ query, variables }));
      scope.post("/graphql", (sent) => isDeepStrictEqual(sent, body)).reply(200, reply);
      return api;
    },
  };
  return api;
}

/**
 * One GraphQL request on a handler test's nock scope: exactly this document and these
 * variables (compared as JSON, as they go over the wire), valid for GitHub's schema,
 * answered with `data` (`times` times).
 */
export function expectGraphql(
  scope: nock.Scope,
  query: string,
  variables: object,
  data: unknown,
  times = 1,
): void {
  expectValidGraphQL(query);
  const expected: unknown = JSON.parse(JSON.stringify({ query, variables }));
  scope
    .post("/graphql", (sent) => isDeepStrictEqual(sent, expected))
    .times(times)
    .reply(200, { data });
}
