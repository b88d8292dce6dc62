import type { z } from "zod";
import type { Graphql } from "./graphql-client.js";
import { ProjectsApiError } from "./projects-api-error.js";

/**
 * Sends one document and parses the answer: GraphQL errors become a ProjectsApiError that
 * names `operation`; an answer of an unexpected shape is an error too, never a cast.
 */
export async function runGraphql<S extends z.ZodType>(
  gql: Graphql,
  operation: string,
  schema: S,
  document: string,
  variables: Record<string, unknown>,
): Promise<z.infer<S>> {
  let data: unknown;
  try {
    data = await gql<unknown>(document, variables);
  } catch (error) {
    throw ProjectsApiError.from(operation, error);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`GitHub Projects: ${operation} answered in an unexpected shape`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
