import { z } from "zod";

const graphqlErrorSchema = z.object({
  type: z.string().optional(),
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});

/** One entry of a GraphQL response's `errors`. */
export type GraphqlErrorDetail = z.infer<typeof graphqlErrorSchema>;

// Octokit's GraphqlResponseError, read by shape: the class may come from another copy of
// @octokit/graphql than ours, so `instanceof` would be unreliable.
const responseErrorSchema = z.object({
  errors: z.array(graphqlErrorSchema).min(1),
  data: z.unknown().optional(),
});

/**
 * A GraphQL request of the projects adapter that GitHub answered with errors. The message
 * names the operation and every error with its type and path, so a log line is enough to
 * see what went wrong; `errors` and the partial `data` let callers handle known cases.
 */
export class ProjectsApiError extends Error {
  override readonly name = "ProjectsApiError";

  constructor(
    readonly operation: string,
    readonly errors: GraphqlErrorDetail[],
    readonly data: unknown,
    options?: { cause?: unknown },
  ) {
    super(`GitHub Projects: ${operation} failed: ${errors.map(describe).join("; ")}`, options);
  }

  /** Whether GitHub reported an error of this `type` (e.g. NOT_FOUND, FORBIDDEN). */
  hasType(type: string): boolean {
    return this.errors.some((error) => error.type === type);
  }

  /** Wraps a thrown GraphQL response error; anything else (HTTP, network) is returned as is. */
  static from(operation: string, error: unknown): unknown {
    const parsed = responseErrorSchema.safeParse(error);
    if (!parsed.success) return error;
    return new ProjectsApiError(operation, parsed.data.errors, parsed.data.data, { cause: error });
  }
}

function describe(error: GraphqlErrorDetail): string {
  const where = error.path?.length ? ` (at ${error.path.join(".")})` : "";
  return `${error.type ? `${error.type}: ` : ""}${error.message}${where}`;
}
