import type { EditHistory } from "../../domain/checklist/attribute-ticks.js";
import type { EditNode } from "./edit-history-documents.js";

/** What GitHub told us about one issue or PR body and its revisions. */
export interface RawHistory {
  body: string;
  createdAt: string;
  author: string | null;
  includesCreatedEdit: boolean;
  /** Newest first, as GitHub lists them; null for a node GitHub could not give. */
  newestFirst: ReadonlyArray<EditNode | null>;
  /** Every page was read. */
  allRead: boolean;
}

/**
 * Normalises GitHub's revisions into the domain's history, oldest first. Only the unbroken
 * run of newest revisions with a body counts: past a deleted revision (`diff` null) the
 * order of ticks cannot be trusted. The history is complete only when every page was read,
 * nothing was skipped and the oldest revision is the body as created.
 */
export function toEditHistory(raw: RawHistory): EditHistory {
  if (raw.newestFirst.length === 0 && raw.allRead) {
    const original = { body: raw.body, author: raw.author, createdAt: raw.createdAt };
    return { original, edits: [], complete: true };
  }
  const kept: Array<{ editor: string | null; editedAt: string; body: string }> = [];
  for (const node of raw.newestFirst) {
    if (node === null || node.diff === null) break;
    kept.push({ editor: node.editor?.login ?? null, editedAt: node.editedAt, body: node.diff });
  }
  const oldestFirst = kept.reverse();
  const [oldest, ...edits] = oldestFirst;
  if (!oldest) {
    return {
      original: { body: raw.body, author: null, createdAt: raw.createdAt },
      edits: [],
      complete: false,
    };
  }
  const complete =
    raw.allRead && raw.includesCreatedEdit && oldestFirst.length === raw.newestFirst.length;
  const original = complete
    ? { body: oldest.body, author: raw.author, createdAt: raw.createdAt }
    : { body: oldest.body, author: oldest.editor, createdAt: oldest.editedAt };
  return { original, edits, complete };
}
