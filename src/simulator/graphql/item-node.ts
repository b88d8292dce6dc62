import { iso, type SimContext } from "../sim-context.js";
import type { ItemRecord } from "../store/records.js";
import { fieldValueNode } from "./field-value-node.js";
import { paginateConnection, type ConnectionArgs } from "./paginate-connection.js";
import { projectNode } from "./project-node.js";
import { toNode } from "./to-node.js";

/** A `ProjectV2Item` node: its content and its field values in field order. */
export function itemNode(ctx: SimContext, item: ItemRecord): Record<string, unknown> {
  const project = () => ctx.store.projects.get(item.projectNodeId);
  const content = ctx.store.node(item.contentNodeId);
  const values = () =>
    (project()?.fields ?? []).flatMap((f) => {
      const node = fieldValueNode(ctx, item, f);
      return node ? [node] : [];
    });
  return {
    __typename: "ProjectV2Item",
    id: item.nodeId,
    databaseId: item.id,
    fullDatabaseId: String(item.id),
    type: content?.kind === "issue" ? (content.pull ? "PULL_REQUEST" : "ISSUE") : "REDACTED",
    isArchived: item.archived,
    createdAt: iso(item.createdAt),
    updatedAt: iso(item.updatedAt),
    creator: null,
    project: () => {
      const p = project();
      return p ? projectNode(ctx, p) : null;
    },
    content: () => (content ? toNode(ctx, content) : null),
    fieldValues: (args: ConnectionArgs, _c: unknown, info: { fieldName: string }) =>
      paginateConnection(values(), args, info),
    fieldValueByName: ({ name }: { name: string }) => {
      const field = project()?.fields.find((f) => f.name === name);
      return field ? fieldValueNode(ctx, item, field) : null;
    },
  };
}
