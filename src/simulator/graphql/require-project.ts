import type { SimContext } from "../sim-context.js";
import type { FieldRecord, ItemRecord, ProjectRecord } from "../store/records.js";
import { canSeeProject } from "../ops/projects/project-visibility.js";
import { githubError, nodeNotFound, notAccessibleByIntegration } from "./github-error.js";

/**
 * The project a mutation names. A user's project exists but the installation token
 * may not touch it: GitHub answers "Resource not accessible by integration".
 */
export function requireProject(ctx: SimContext, projectId: string): ProjectRecord {
  const record = ctx.store.node(projectId);
  if (record?.kind !== "project") throw nodeNotFound(projectId);
  if (!canSeeProject(ctx, record)) throw notAccessibleByIntegration();
  return record;
}

/** A field of that project, by node id. */
export function requireField(project: ProjectRecord, fieldId: string): FieldRecord {
  const field = project.fields.find((f) => f.nodeId === fieldId);
  if (!field) throw nodeNotFound(fieldId);
  return field;
}

/** An item of that project, by node id. */
export function requireItem(project: ProjectRecord, itemId: string): ItemRecord {
  const item = project.items.find((i) => i.nodeId === itemId);
  if (!item) {
    throw githubError(
      "NOT_FOUND",
      `Could not resolve to a ProjectV2Item with the id of '${itemId}'.`,
    );
  }
  return item;
}

/** The project a field belongs to (for `updateProjectV2Field`, which names only the field). */
export function requireFieldProject(
  ctx: SimContext,
  fieldId: string,
): { project: ProjectRecord; field: FieldRecord } {
  const record = ctx.store.node(fieldId);
  if (record?.kind !== "field") throw nodeNotFound(fieldId);
  const project = requireProject(ctx, record.projectNodeId);
  return { project, field: record };
}
