import { schema } from "@octokit/graphql-schema";
import { buildSchema, parse, validate, type GraphQLSchema } from "graphql";
import { expect } from "vitest";

let built: GraphQLSchema | undefined;

/**
 * GitHub's public schema, built from the SDL: `schema.json` (what the package's own
 * `validate` uses) lacks mutations such as `updateProjectV2Field`. `assumeValidSDL`
 * because the SDL defines a few enterprise fields twice.
 */
export function githubSchema(): GraphQLSchema {
  built ??= buildSchema(schema.idl, { assumeValidSDL: true });
  return built;
}

/** The validation errors GitHub's schema reports for a document (empty when valid). */
export function graphqlErrors(document: string): string[] {
  return validate(githubSchema(), parse(document)).map((e) => e.message);
}

/** Fails the test when GitHub's schema would reject the document. */
export function expectValidGraphQL(document: string): void {
  expect(graphqlErrors(document), document).toEqual([]);
}
