import type { AppDeployment } from "./deployment-record.js";

/**
 * Oldest first: by creation time, then id. GitHub's timestamps have whole seconds and ids grow,
 * so two steps made in the same second still fold in the order they were made.
 */
export function orderDeployments<T extends Pick<AppDeployment, "id" | "createdAt">>(
  deployments: readonly T[],
): T[] {
  return [...deployments].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id,
  );
}
