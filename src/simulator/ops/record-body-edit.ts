import type { SimStore } from "../store/sim-store.js";
import type { EditRecord, IssueRecord } from "../store/records.js";

/**
 * Records a body revision the way GitHub's `userContentEdits` show it: the first edit
 * also records the original body as its author's revision; `diff` holds a revision's text.
 */
export function recordBodyEdit(
  store: SimStore,
  issue: IssueRecord,
  newBody: string,
  editor: string,
): void {
  if (issue.edits.length === 0) {
    issue.edits.push(newEdit(store, issue.user, issue.createdAt, issue.body ?? ""));
  }
  issue.edits.push(newEdit(store, editor, store.now(), newBody));
}

function newEdit(store: SimStore, editor: string, editedAt: Date, diff: string): EditRecord {
  const id = store.nextId();
  return store.register<EditRecord>({
    kind: "edit",
    id,
    nodeId: store.nodeIdFor("UCE", id),
    editor,
    editedAt,
    diff,
  });
}
