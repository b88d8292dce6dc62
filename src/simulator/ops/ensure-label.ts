import type { SimStore } from "../store/sim-store.js";
import type { LabelRecord, RepoRecord } from "../store/records.js";

/**
 * The repository label of that name, created when missing: GitHub creates unknown
 * labels (colour `ededed`) when an issue is created or labelled with them.
 */
export function ensureLabel(
  store: SimStore,
  repo: RepoRecord,
  name: string,
  color = "ededed",
  description: string | null = null,
): LabelRecord {
  const existing = repo.labels.get(name.toLowerCase());
  if (existing) return existing;
  const id = store.nextId();
  const label = store.register<LabelRecord>({
    kind: "label",
    id,
    nodeId: store.nodeIdFor("LA", id),
    name,
    color,
    description,
    default: false,
  });
  repo.labels.set(name.toLowerCase(), label);
  return label;
}
