import { iso, type SimContext } from "../sim-context.js";
import type { ViewRecord } from "../store/records.js";
import { fieldNode } from "./field-node.js";
import { paginateConnection, type ConnectionArgs } from "./paginate-connection.js";

/** A `ProjectV2View` (read-only in GraphQL; views are created through REST). */
export function viewNode(ctx: SimContext, view: ViewRecord): Record<string, unknown> {
  const project = ctx.store.projects.get(view.projectNodeId);
  const fieldsOf = (ids: number[]) =>
    (project?.fields ?? []).filter((f) => ids.includes(f.id)).map((f) => fieldNode(ctx, f));
  return {
    __typename: "ProjectV2View",
    id: view.nodeId,
    databaseId: view.id,
    fullDatabaseId: String(view.id),
    number: view.number,
    name: view.name,
    layout: view.layout,
    filter: view.filter,
    createdAt: iso(view.createdAt),
    updatedAt: iso(view.createdAt),
    groupByFields: (args: ConnectionArgs, _c: unknown, info: { fieldName: string }) =>
      paginateConnection(fieldsOf(view.groupBy), args, info),
    verticalGroupByFields: (args: ConnectionArgs, _c: unknown, info: { fieldName: string }) =>
      paginateConnection(fieldsOf(view.verticalGroupBy), args, info),
    fields: (args: ConnectionArgs, _c: unknown, info: { fieldName: string }) =>
      paginateConnection(fieldsOf(view.visibleFields), args, info),
  };
}
