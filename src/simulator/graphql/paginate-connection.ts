import { githubError } from "./github-error.js";

/** The pagination arguments every GitHub connection takes. */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const MAX = 100;

function cursor(index: number): string {
  return Buffer.from(`cursor:${index + 1}`).toString("base64");
}

function indexOf(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const match = /^cursor:(\d+)$/.exec(Buffer.from(value, "base64").toString());
  return match ? Number(match[1]) - 1 : undefined;
}

/**
 * A GitHub connection (`totalCount`, `nodes`, `edges`, `pageInfo`) over all nodes.
 * Like GitHub it demands `first` or `last` and refuses more than 100.
 */
export function paginateConnection<T>(
  all: T[],
  args: ConnectionArgs,
  info: { fieldName: string },
): Record<string, unknown> {
  const { first, last } = args;
  if (typeof first !== "number" && typeof last !== "number") {
    throw githubError(
      "MISSING_PAGINATION_BOUNDARIES",
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${info.fieldName}\` connection.`,
    );
  }
  for (const [name, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (typeof value === "number" && value > MAX) {
      throw githubError(
        "EXCESSIVE_PAGINATION",
        `Requesting ${value} records on the \`${info.fieldName}\` connection exceeds the \`${name}\` limit of ${MAX} records.`,
      );
    }
  }
  let start = (indexOf(args.after) ?? -1) + 1;
  let end = Math.min(indexOf(args.before) ?? all.length, all.length);
  if (typeof first === "number") end = Math.min(end, start + first);
  if (typeof last === "number") start = Math.max(start, end - last);
  const slice = all.slice(start, end);
  return {
    totalCount: all.length,
    nodes: slice,
    edges: slice.map((node, i) => ({ cursor: cursor(start + i), node })),
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length > 0 ? cursor(start) : null,
      endCursor: slice.length > 0 ? cursor(end - 1) : null,
    },
  };
}
