import type { SimStore } from "../store/sim-store.js";
import type { LabelRecord, RepoRecord } from "../store/records.js";

/**
 * The repository label of that name, created when missing: GitHub's REST API creates
 * unknown labels (colour `ededed`, no description) when an issue is created or labelled
 * with them through it (github/docs#35718). Issue forms and the UI do not: see createIssue.
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
