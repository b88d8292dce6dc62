/** Repository roles, least first: read < triage < write < maintain < admin. */
export const repositoryRoles = ["read", "triage", "write", "maintain", "admin"] as const;

/** One of {@link repositoryRoles}. */
export type RepositoryRole = (typeof repositoryRoles)[number];

/** What GitHub's collaborator permission API says about a user, as read by the adapter. */
export interface PermissionAnswer {
  /** `role_name`: one of the five roles, a custom role's name, or `none`. */
  roleName: string | null;
  /** The legacy `permission`: admin, write, read or none (maintain reads as write, triage as read). */
  permission: string | null;
  /** `user.permissions`: the flags of what the user may do. */
  flags: Partial<Record<"admin" | "maintain" | "push" | "triage" | "pull", boolean>> | null;
}

const flagRoles = [
  ["admin", "admin"],
  ["maintain", "maintain"],
  ["push", "write"],
  ["triage", "triage"],
  ["pull", "read"],
] as const;

/**
 * The user's repository role: the highest that any of the answer's signals grants. `permission`
 * alone cannot tell maintain from write, and a custom role has its own `role_name`, so the flags
 * (a custom role based on write has `push`) and `role_name` are read too. Null: no access.
 */
export function effectiveRole(answer: PermissionAnswer): RepositoryRole | null {
  const granted: RepositoryRole[] = [];
  for (const signal of [answer.roleName, answer.permission]) {
    const role = repositoryRoles.find((r) => r === signal);
    if (role) granted.push(role);
  }
  for (const [flag, role] of flagRoles) if (answer.flags?.[flag] === true) granted.push(role);
  return granted.reduce<RepositoryRole | null>(
    (best, role) => (best === null || rank(role) > rank(best) ? role : best),
    null,
  );
}

/** Whether `role` is at least `least` (null, no access, meets nothing). */
export function meetsRole(role: RepositoryRole | null, least: RepositoryRole): boolean {
  return role !== null && rank(role) >= rank(least);
}

function rank(role: RepositoryRole): number {
  return repositoryRoles.indexOf(role);
}
