import { createHash } from "node:crypto";
import type { SimStore } from "../store/sim-store.js";
import type { RepoRecord } from "../store/records.js";

/** How a test or the demo describes a repository to create. */
export interface RepoOptions {
  private?: boolean;
  defaultBranch?: string;
  /** path → text on the default branch, e.g. `{ ".github/mlops.yml": "..." }`. */
  files?: Record<string, string>;
}

/** A deterministic 40-hex SHA for simulated commits. */
export function fakeSha(seed: string): string {
  return createHash("sha1").update(seed).digest("hex");
}

/** Adds a repository owned by an existing account (or returns the existing one). */
export function addRepo(store: SimStore, fullName: string, options: RepoOptions = {}): RepoRecord {
  const existing = store.repoByFullName(fullName);
  if (existing) return existing;
  const [owner, name] = fullName.split("/");
  if (!owner || !name)
    throw new Error(`simulator: repository name must be owner/name, got ${fullName}`);
  const ownerRecord = store.requireUser(owner);
  const id = store.nextId();
  const defaultBranch = options.defaultBranch ?? "main";
  const repo = store.register<RepoRecord>({
    kind: "repo",
    id,
    nodeId: store.nodeIdFor("R", id),
    owner: ownerRecord.login,
    name,
    private: options.private ?? false,
    defaultBranch,
    createdAt: store.now(),
    files: new Map(Object.entries(options.files ?? {})),
    branches: new Map([[defaultBranch, fakeSha(`${fullName}@${defaultBranch}`)]]),
    labels: new Map(),
    collaborators: new Map([[ownerRecord.login.toLowerCase(), "admin"]]),
    issues: new Map(),
    nextNumber: 1,
  });
  store.repos.set(`${ownerRecord.login}/${name}`.toLowerCase(), repo);
  return repo;
}
