/** One API request the app made, for tests and the bench to count and inspect. */
export interface RequestLogEntry {
  method: string;
  /** The path after the origin and any GHES prefix, e.g. `/repos/o/r/issues/1`. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body (a GraphQL request's `{ query, variables }`), else undefined. */
  body: unknown;
  status: number;
  /** For `POST /graphql`: the operation's kind and name. */
  graphql?: { operation: "query" | "mutation" | "subscription"; name: string | null };
}

/** A request or GraphQL field the simulator does not implement (tests assert none). */
export interface UnhandledRecord {
  kind: "rest" | "graphql";
  /** `GET /repos/o/r/thing` for REST, `Type.field` for GraphQL. */
  what: string;
}
