import { z } from "zod";
import type { Board } from "./board-types.js";
import type { Graphql } from "./graphql-client.js";
import { runGraphql } from "./run-graphql.js";

/** The projects an issue is on (archived items included), a page at a time. */
export const FIND_CARD_ITEM = /* GraphQL */ `
  query FindCardItem($contentId: ID!, $cursor: String) {
    node(id: $contentId) {
      ... on Issue {
        projectItems(first: 50, after: $cursor) {
          nodes {
            id
            project {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

const itemsSchema = z.object({
  node: z
    .object({
      projectItems: z
        .object({
          nodes: z.array(
            z.object({ id: z.string(), project: z.object({ id: z.string() }) }).nullable(),
          ),
          pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
        })
        .optional(),
    })
    .nullable(),
});

/**
 * The item on this board, or null when it is not on it: lets later steps move a
 * card without adding it again. Usually one request (an issue is on few projects).
 */
export async function findCardItem(
  gql: Graphql,
  board: Pick<Board, "id">,
  contentId: string,
): Promise<string | null> {
  let cursor: string | null = null;
  for (;;) {
    const data: z.infer<typeof itemsSchema> = await runGraphql(
      gql,
      "finding the card on the board",
      itemsSchema,
      FIND_CARD_ITEM,
      { contentId, cursor },
    );
    const page = data.node?.projectItems;
    const item = page?.nodes.find((node) => node?.project.id === board.id);
    if (item) return item.id;
    if (!page?.pageInfo.hasNextPage) return null;
    cursor = page.pageInfo.endCursor;
  }
}
