import { z } from "zod";

/** Edits per page: GitHub's connection maximum. */
export const EDITS_PER_PAGE = 100;

/**
 * The edit history of issues and pull requests, several in one request (`nodes`). `diff`
 * holds the whole body of each revision (despite its name); GitHub lists revisions newest
 * first, and the oldest is the body as created when `includesCreatedEdit` is true.
 */
export const READ_EDIT_HISTORIES = /* GraphQL */ `
  query ReadEditHistories($ids: [ID!]!, $first: Int!) {
    nodes(ids: $ids) {
      ... on Comment {
        id
        body
        createdAt
        includesCreatedEdit
        author {
          login
        }
        userContentEdits(first: $first) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            editedAt
            editor {
              login
            }
            diff
          }
        }
      }
    }
  }
`;

/** The next page of one issue's or PR's edit history. */
export const READ_EDIT_PAGE = /* GraphQL */ `
  query ReadEditPage($id: ID!, $first: Int!, $after: String!) {
    node(id: $id) {
      ... on Comment {
        userContentEdits(first: $first, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            editedAt
            editor {
              login
            }
            diff
          }
        }
      }
    }
  }
`;

const editSchema = z.object({
  editedAt: z.string(),
  editor: z.object({ login: z.string() }).nullable(),
  diff: z.string().nullable(),
});

/** One page of `userContentEdits`. */
export const editPageSchema = z.object({
  pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
  nodes: z.array(editSchema.nullable()),
});

export type EditNode = z.infer<typeof editSchema>;

/** `nodes(ids)`: an id that is not an issue or PR (or not visible) answers null or `{}`. */
export const historiesAnswerSchema = z.object({
  nodes: z.array(
    z
      .object({
        id: z.string(),
        body: z.string(),
        createdAt: z.string(),
        includesCreatedEdit: z.boolean(),
        author: z.object({ login: z.string() }).nullable(),
        userContentEdits: editPageSchema,
      })
      .or(z.strictObject({}))
      .nullable(),
  ),
});

export const pageAnswerSchema = z.object({
  node: z.object({ userContentEdits: editPageSchema }).nullable(),
});
