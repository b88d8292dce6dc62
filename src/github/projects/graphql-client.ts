/**
 * The narrowest GraphQL client the projects adapter needs; Probot's
 * `context.octokit.graphql` satisfies it. GraphQL errors arrive as thrown errors that
 * carry an `errors` array (Octokit's GraphqlResponseError) and the partial `data`.
 */
export type Graphql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
