import { GraphQLError } from "graphql";

/** The `type` GitHub puts on a GraphQL error. */
export type GitHubErrorType =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNPROCESSABLE"
  | "INVALID_ARGUMENTS"
  | "MISSING_PAGINATION_BOUNDARIES"
  | "EXCESSIVE_PAGINATION";

/** A GraphQL error as GitHub words it; the endpoint lifts `type` to the error's top level. */
export function githubError(type: GitHubErrorType, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

/** What GitHub answers when an installation token touches what it may not (user projects). */
export function notAccessibleByIntegration(): GraphQLError {
  return githubError("FORBIDDEN", "Resource not accessible by integration");
}

/** GitHub's answer for an id it cannot resolve (or that the token may not see). */
export function nodeNotFound(id: string): GraphQLError {
  return githubError("NOT_FOUND", `Could not resolve to a node with the global id of '${id}'`);
}
