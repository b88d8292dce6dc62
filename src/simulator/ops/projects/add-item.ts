import type { SimStore } from "../../store/sim-store.js";
import type { ItemRecord, ProjectRecord } from "../../store/records.js";

/**
 * Adds an issue or PR to a project; idempotent like `addProjectV2ItemById`, which
 * returns the existing item when the content is already on the board.
 */
export function addItem(
  store: SimStore,
  project: ProjectRecord,
  contentNodeId: string,
): ItemRecord {
  const existing = project.items.find((i) => i.contentNodeId === contentNodeId);
  if (existing) return existing;
  const id = store.nextId();
  const now = store.now();
  const item = store.register<ItemRecord>({
    kind: "item",
    id,
    nodeId: store.nodeIdFor("PVTI", id),
    projectNodeId: project.nodeId,
    contentNodeId,
    values: new Map(),
    createdAt: now,
    updatedAt: now,
    archived: false,
  });
  project.items.push(item);
  project.updatedAt = now;
  return item;
}
