import type { EditHistory } from "../../domain/checklist/attribute-ticks.js";
import type { Graphql } from "../projects/graphql-client.js";
import {
  EDITS_PER_PAGE,
  READ_EDIT_HISTORIES,
  READ_EDIT_PAGE,
  historiesAnswerSchema,
  pageAnswerSchema,
  type EditNode,
} from "./edit-history-documents.js";
import { toEditHistory } from "./to-edit-history.js";

/** Pages read per body at most (100 revisions each); an older history is left incomplete. */
export const MAX_EDIT_PAGES = 5;

/**
 * Reads the edit history (GraphQL `userContentEdits`) of issues and pull requests by node id:
 * one request for all of them, one more per further page of a long history. Ids that are
 * not an issue or PR, or not visible, are absent from the answer.
 */
export async function readEditHistories(
  gql: Graphql,
  nodeIds: readonly string[],
): Promise<Map<string, EditHistory>> {
  const histories = new Map<string, EditHistory>();
  if (nodeIds.length === 0) return histories;
  const answer = historiesAnswerSchema.parse(
    await gql(READ_EDIT_HISTORIES, { ids: [...nodeIds], first: EDITS_PER_PAGE }),
  );
  for (const found of answer.nodes) {
    if (!found || !("id" in found)) continue;
    const edits: Array<EditNode | null> = [...found.userContentEdits.nodes];
    let page = found.userContentEdits.pageInfo;
    for (let read = 1; page.hasNextPage && page.endCursor && read < MAX_EDIT_PAGES; read += 1) {
      const next = pageAnswerSchema.parse(
        await gql(READ_EDIT_PAGE, { id: found.id, first: EDITS_PER_PAGE, after: page.endCursor }),
      );
      if (!next.node) break;
      edits.push(...next.node.userContentEdits.nodes);
      page = next.node.userContentEdits.pageInfo;
    }
    const history = toEditHistory({
      body: found.body,
      createdAt: found.createdAt,
      author: found.author?.login ?? null,
      includesCreatedEdit: found.includesCreatedEdit,
      newestFirst: edits,
      allRead: !page.hasNextPage,
    });
    histories.set(found.id, history);
  }
  return histories;
}
