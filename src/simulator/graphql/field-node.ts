import { iso, type SimContext } from "../sim-context.js";
import type { FieldRecord, OptionRecord } from "../store/records.js";
import { projectNode } from "./project-node.js";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A `ProjectV2SingleSelectFieldOption`. */
export function optionNode(option: OptionRecord): Record<string, unknown> {
  return {
    id: option.id,
    name: option.name,
    nameHTML: escapeHtml(option.name),
    color: option.color,
    description: option.description,
    descriptionHTML: escapeHtml(option.description),
  };
}

/** A field configuration: `ProjectV2SingleSelectField`, `ProjectV2IterationField` or `ProjectV2Field`. */
export function fieldNode(ctx: SimContext, field: FieldRecord): Record<string, unknown> {
  const common = {
    id: field.nodeId,
    databaseId: field.id,
    name: field.name,
    dataType: field.dataType,
    createdAt: iso(field.createdAt),
    updatedAt: iso(field.updatedAt),
    project: () => {
      const project = ctx.store.projects.get(field.projectNodeId);
      return project ? projectNode(ctx, project) : null;
    },
  };
  if (field.dataType === "SINGLE_SELECT") {
    return {
      __typename: "ProjectV2SingleSelectField",
      ...common,
      options: ({ names }: { names?: string[] | null }) =>
        field.options.filter((o) => !names || names.includes(o.name)).map(optionNode),
    };
  }
  if (field.dataType === "ITERATION") {
    const iterations = field.iterations.map((i) => ({ ...i, titleHTML: escapeHtml(i.title) }));
    return {
      __typename: "ProjectV2IterationField",
      ...common,
      configuration: {
        duration: iterations[0]?.duration ?? 14,
        startDay: 1,
        iterations,
        completedIterations: [],
      },
    };
  }
  return { __typename: "ProjectV2Field", ...common };
}
