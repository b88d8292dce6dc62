import {
  buildSchema,
  defaultFieldResolver,
  execute,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import { z } from "zod";
import type { SimContext } from "../sim-context.js";
import type { GraphQLAnswer } from "../http/sim-http.js";
import { fieldMutations } from "./field-mutations.js";
import { issueMutations } from "./issue-mutations.js";
import { itemMutations } from "./item-mutations.js";
import { projectMutations } from "./project-mutations.js";
import { queryRoot } from "./query-root.js";

const requestSchema = z.object({
  query: z.string(),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
});

/** graphql-js words an unknown field differently from GitHub (graphql-ruby); say it GitHub's way. */
function formatValidationError(error: GraphQLError): Record<string, unknown> {
  const unknown = /^Cannot query field "(\w+)" on type "(\w+)"/.exec(error.message);
  if (!unknown) return formatError(error);
  const [, fieldName, typeName] = unknown;
  return {
    path: ["query"],
    extensions: { code: "undefinedField", typeName, fieldName },
    locations: error.locations,
    message: `Field '${fieldName}' doesn't exist on type '${typeName}'`,
  };
}

/** GitHub's error shape: `type` at the top level, `path` and `locations` as graphql-js gives them. */
function formatError(error: GraphQLError): Record<string, unknown> {
  const type = error.extensions.type;
  return {
    ...(typeof type === "string" ? { type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message: error.message,
  };
}

/**
 * `POST /graphql` against GitHub's published schema (the SDL of `@octokit/graphql-schema`,
 * built once per simulator, on first use): a document GitHub would reject is rejected
 * here, with status 200 and `errors`, as GitHub answers. A field the simulator does not
 * resolve is recorded as unhandled and answers null.
 */
export class GraphQLEndpoint {
  private schema: Promise<GraphQLSchema> | undefined;

  constructor(
    private readonly ctx: SimContext,
    private readonly onUnhandled: (what: string) => void,
  ) {}

  private async githubSchema(): Promise<GraphQLSchema> {
    this.schema ??= import("@octokit/graphql-schema").then(({ schema }) =>
      buildSchema(schema.idl, { assumeValidSDL: true }),
    );
    return this.schema;
  }

  /** Runs a request as `installationId` (default: the simulator's), whose token made it. */
  async execute(body: unknown, installationId?: number): Promise<GraphQLAnswer> {
    const ctx = installationId === undefined ? this.ctx : { ...this.ctx, installationId };
    const request = requestSchema.safeParse(body);
    if (!request.success) {
      return {
        body: {
          errors: [{ message: "A query attribute must be specified and must be a string." }],
        },
      };
    }
    const schema = await this.githubSchema();
    let document: DocumentNode;
    try {
      document = parse(request.data.query);
    } catch (error) {
      return { body: { errors: [formatError(error as GraphQLError)] } };
    }
    const operationName = request.data.operationName ?? null;
    const ast = getOperationAST(document, operationName);
    const operation = ast ? { operation: ast.operation, name: ast.name?.value ?? null } : undefined;
    const invalid = validate(schema, document);
    if (invalid.length > 0)
      return { body: { errors: invalid.map(formatValidationError) }, operation };
    const result = await execute({
      schema,
      document,
      rootValue: {
        ...queryRoot(ctx),
        ...projectMutations(ctx),
        ...fieldMutations(ctx),
        ...itemMutations(ctx),
        ...issueMutations(ctx),
      },
      contextValue: ctx,
      variableValues: request.data.variables ?? {},
      operationName,
      fieldResolver: this.fieldResolver,
    });
    return {
      body: {
        ...(result.data !== undefined ? { data: result.data } : {}),
        ...(result.errors ? { errors: result.errors.map(formatError) } : {}),
      },
      operation,
    };
  }

  private readonly fieldResolver: GraphQLFieldResolver<unknown, unknown> = (
    source,
    args,
    context,
    info,
  ) => {
    if (source && typeof source === "object" && !(info.fieldName in source)) {
      this.onUnhandled(`${info.parentType.name}.${info.fieldName}`);
      return null;
    }
    return defaultFieldResolver(source, args, context, info);
  };
}
