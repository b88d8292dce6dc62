import { z } from "zod";
import type { Board, CardValues, FieldKey } from "./board-types.js";
import type { Graphql } from "./graphql-client.js";
import { runGraphql } from "./run-graphql.js";
import { setCardValues } from "./set-card-values.js";

/** Adds an issue to the project; for an issue already there GitHub returns its item. */
export const ADD_CARD_ITEM = /* GraphQL */ `
  mutation AddCardItem($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`;

const addedSchema = z.object({
  addProjectV2ItemById: z.object({ item: z.object({ id: z.string() }) }),
});

/**
 * Puts an issue (`contentId`, its node id) on the board with `values`: two requests, the
 * add and one document for all values. An issue already on the board is success (the add
 * is idempotent). `unset` names the values the board could not take.
 */
export async function ensureCardItem(
  gql: Graphql,
  board: Pick<Board, "id" | "fields">,
  contentId: string,
  values: CardValues,
): Promise<{ itemId: string; unset: FieldKey[] }> {
  const added = await runGraphql(gql, "adding the card to the board", addedSchema, ADD_CARD_ITEM, {
    projectId: board.id,
    contentId,
  });
  const itemId = added.addProjectV2ItemById.item.id;
  const { unset } = await setCardValues(gql, board, itemId, values);
  return { itemId, unset };
}
