import { z } from "zod";
import type { Board, CardItem, ItemFieldValue } from "./board-types.js";
import type { Graphql } from "./graphql-client.js";
import { runGraphql } from "./run-graphql.js";

/**
 * The projects an issue is on (archived items included), a page at a time, with each item's
 * single-select, text and number values (the kinds the app sets) with their field ids. Only
 * an item's first 50 values are read: a value not read is written again, never skipped. The
 * nested connection adds one request per item to GitHub's cost: still one point a page.
 */
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
            fieldValues(first: 50) {
              nodes {
                ... on ProjectV2ItemFieldSingleSelectValue {
                  optionId
                  field {
                    ... on ProjectV2FieldCommon {
                      id
                    }
                  }
                }
                ... on ProjectV2ItemFieldTextValue {
                  text
                  field {
                    ... on ProjectV2FieldCommon {
                      id
                    }
                  }
                }
                ... on ProjectV2ItemFieldNumberValue {
                  number
                  field {
                    ... on ProjectV2FieldCommon {
                      id
                    }
                  }
                }
              }
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

// Values of other kinds (labels, dates, …) come back as `{}`: every key is optional.
const valueSchema = z
  .object({
    optionId: z.string().nullish(),
    text: z.string().nullish(),
    number: z.number().nullish(),
    field: z.object({ id: z.string().optional() }).nullish(),
  })
  .nullable();

const itemsSchema = z.object({
  node: z
    .object({
      projectItems: z
        .object({
          nodes: z.array(
            z
              .object({
                id: z.string(),
                project: z.object({ id: z.string() }),
                fieldValues: z.object({ nodes: z.array(valueSchema) }),
              })
              .nullable(),
          ),
          pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
        })
        .optional(),
    })
    .nullable(),
});

function itemValues(nodes: Array<z.infer<typeof valueSchema>>): CardItem["values"] {
  const values: CardItem["values"] = {};
  for (const node of nodes) {
    const fieldId = node?.field?.id;
    if (!node || !fieldId) continue;
    let value: ItemFieldValue | null = null;
    if (typeof node.optionId === "string") value = { optionId: node.optionId };
    else if (typeof node.text === "string") value = { text: node.text };
    else if (typeof node.number === "number") value = { number: node.number };
    if (value) values[fieldId] = value;
  }
  return values;
}

/**
 * The item on this board with the values it holds, or null when it is not on it:
 * lets later steps move a card without adding it again, and write only what differs.
 * Usually one request (an issue is on few projects).
 */
export async function findCardItem(
  gql: Graphql,
  board: Pick<Board, "id">,
  contentId: string,
): Promise<CardItem | null> {
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
    if (item) return { id: item.id, values: itemValues(item.fieldValues.nodes) };
    if (!page?.pageInfo.hasNextPage) return null;
    cursor = page.pageInfo.endCursor;
  }
}
