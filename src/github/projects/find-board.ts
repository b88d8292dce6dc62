import { z } from "zod";
import {
  BOARD_SNAPSHOT_FRAGMENT,
  boardSnapshotSchema,
  type BoardSnapshot,
} from "./board-snapshot.js";
import type { Graphql } from "./graphql-client.js";
import { ProjectsApiError } from "./projects-api-error.js";
import { runGraphql } from "./run-graphql.js";

/**
 * The owner's type and, for an organization, its project by number. Only organizations are
 * asked for projects: an installation token cannot see a user's Projects v2 at all.
 */
export const FIND_BOARD_BY_NUMBER = /* GraphQL */ `
  query FindBoardByNumber($owner: String!, $number: Int!) {
    repositoryOwner(login: $owner) {
      __typename
      ... on Organization {
        id
        projectV2(number: $number) {
          ...BoardSnapshot
        }
      }
    }
  }
  ${BOARD_SNAPSHOT_FRAGMENT}
`;

/**
 * The owner's type and, for an organization, the projects the title search finds, lowest
 * number first: the lowest-numbered exact title match is the one every replica converges on.
 */
export const FIND_BOARDS_BY_TITLE = /* GraphQL */ `
  query FindBoardsByTitle($owner: String!, $title: String!, $cursor: String) {
    repositoryOwner(login: $owner) {
      __typename
      ... on Organization {
        id
        projectsV2(
          first: 20
          after: $cursor
          query: $title
          orderBy: { field: NUMBER, direction: ASC }
        ) {
          nodes {
            ...BoardSnapshot
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
  ${BOARD_SNAPSHOT_FRAGMENT}
`;

/** What the lookup found: the owner's kind and, for an organization, the project or null. */
export type BoardLookup =
  | { owner: "missing" }
  | { owner: "user" }
  | { owner: "organization"; ownerId: string; project: BoardSnapshot | null };

// `id` and the projects are only there for an organization (the inline fragment).
const ownerSchema = z.object({ __typename: z.string(), id: z.string().optional() });
const byNumberSchema = z.object({
  repositoryOwner: ownerSchema
    .extend({ projectV2: boardSnapshotSchema.nullable().optional() })
    .nullable(),
});
const byTitleSchema = z.object({
  repositoryOwner: ownerSchema
    .extend({
      projectsV2: z
        .object({
          nodes: z.array(boardSnapshotSchema.nullable()),
          pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
        })
        .optional(),
    })
    .nullable(),
});

/** Finds the project `number` of `owner`; a number that does not resolve is `project: null`. */
export async function findBoardByNumber(
  gql: Graphql,
  owner: string,
  number: number,
): Promise<BoardLookup> {
  let data: z.infer<typeof byNumberSchema>;
  try {
    data = await runGraphql(gql, "finding the board", byNumberSchema, FIND_BOARD_BY_NUMBER, {
      owner,
      number,
    });
  } catch (error) {
    // GitHub answers an unknown project number with a NOT_FOUND error and `projectV2: null`.
    if (!(error instanceof ProjectsApiError) || error.errors.some((e) => e.type !== "NOT_FOUND"))
      throw error;
    const partial = byNumberSchema.safeParse(error.data);
    if (!partial.success) throw error;
    data = partial.data;
  }
  return toLookup(data.repositoryOwner, data.repositoryOwner?.projectV2 ?? null);
}

/**
 * Finds the lowest-numbered project of `owner` whose title is exactly `title`. The search
 * also matches titles that merely contain the words; all pages are read (usually one) so
 * the lowest number wins even if GitHub ranks search results its own way.
 */
export async function findBoardByTitle(
  gql: Graphql,
  owner: string,
  title: string,
): Promise<BoardLookup> {
  const matches: BoardSnapshot[] = [];
  let cursor: string | null = null;
  for (;;) {
    const data: z.infer<typeof byTitleSchema> = await runGraphql(
      gql,
      "finding the board by title",
      byTitleSchema,
      FIND_BOARDS_BY_TITLE,
      { owner, title, cursor },
    );
    const page = data.repositoryOwner?.projectsV2;
    matches.push(...(page?.nodes ?? []).filter((p): p is BoardSnapshot => p?.title === title));
    if (!page?.pageInfo.hasNextPage) {
      const lowest = matches.sort((a, b) => a.number - b.number)[0] ?? null;
      return toLookup(data.repositoryOwner, lowest);
    }
    cursor = page.pageInfo.endCursor;
  }
}

function toLookup(
  owner: z.infer<typeof ownerSchema> | null,
  project: BoardSnapshot | null,
): BoardLookup {
  if (owner === null) return { owner: "missing" };
  if (owner.__typename !== "Organization" || owner.id === undefined) return { owner: "user" };
  return { owner: "organization", ownerId: owner.id, project };
}
