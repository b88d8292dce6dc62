import type { SimContext } from "../sim-context.js";
import type { NodeRecord } from "../store/records.js";
import { canSeeProject } from "../ops/projects/project-visibility.js";
import { actorNode } from "./actor-node.js";
import { fieldNode } from "./field-node.js";
import { issueNode } from "./issue-node.js";
import { itemNode } from "./item-node.js";
import { projectNode } from "./project-node.js";
import { repositoryNode } from "./repository-node.js";
import { viewNode } from "./view-node.js";

/**
 * The GraphQL node of a record for `node(id)`, item content and the like; null for
 * kinds the simulator does not expose and for what the installation may not see
 * (anything inside a user's project).
 */
export function toNode(ctx: SimContext, record: NodeRecord): Record<string, unknown> | null {
  const project =
    record.kind === "project"
      ? record
      : record.kind === "field" || record.kind === "item" || record.kind === "view"
        ? ctx.store.projects.get(record.projectNodeId)
        : undefined;
  if (project && !canSeeProject(ctx, project)) return null;
  switch (record.kind) {
    case "user":
      return actorNode(ctx, record);
    case "repo":
      return repositoryNode(ctx, record);
    case "issue":
      return issueNode(ctx, record);
    case "project":
      return projectNode(ctx, record);
    case "field":
      return fieldNode(ctx, record);
    case "item":
      return itemNode(ctx, record);
    case "view":
      return viewNode(ctx, record);
    case "label":
      return {
        __typename: "Label",
        id: record.nodeId,
        name: record.name,
        color: record.color,
        description: record.description,
      };
    default:
      return null;
  }
}
