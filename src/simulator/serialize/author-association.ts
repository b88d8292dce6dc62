import type { RepoRecord } from "../store/records.js";

/** `author_association` of a login on a repository, as GitHub computes it (simplified). */
export function authorAssociation(repo: RepoRecord, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return "OWNER";
  if (repo.collaborators.has(login.toLowerCase())) return "COLLABORATOR";
  return "NONE";
}
