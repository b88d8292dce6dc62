import type { SimContext } from "../sim-context.js";
import { addItem } from "../ops/projects/add-item.js";
import { setItemValue, type FieldValueInput } from "../ops/projects/set-item-value.js";
import { nodeNotFound } from "./github-error.js";
import { itemNode } from "./item-node.js";
import { requireField, requireItem, requireProject } from "./require-project.js";

type Input<T> = { input: T & { clientMutationId?: string | null } };
type ItemInput = Input<{ projectId: string; itemId: string }>;

/** Item mutations: add (idempotent), set and clear a field value, delete. */
export function itemMutations(ctx: SimContext): Record<string, unknown> {
  return {
    addProjectV2ItemById: ({ input }: Input<{ projectId: string; contentId: string }>) => {
      const project = requireProject(ctx, input.projectId);
      const content = ctx.store.node(input.contentId);
      if (content?.kind !== "issue") throw nodeNotFound(input.contentId);
      const item = addItem(ctx.store, project, content.nodeId);
      return { clientMutationId: input.clientMutationId ?? null, item: itemNode(ctx, item) };
    },
    updateProjectV2ItemFieldValue: ({
      input,
    }: Input<{ projectId: string; itemId: string; fieldId: string; value: FieldValueInput }>) => {
      const project = requireProject(ctx, input.projectId);
      const item = requireItem(project, input.itemId);
      setItemValue(item, requireField(project, input.fieldId), input.value, ctx.store.now());
      return {
        clientMutationId: input.clientMutationId ?? null,
        projectV2Item: itemNode(ctx, item),
      };
    },
    clearProjectV2ItemFieldValue: ({
      input,
    }: Input<{ projectId: string; itemId: string; fieldId: string }>) => {
      const project = requireProject(ctx, input.projectId);
      const item = requireItem(project, input.itemId);
      item.values.delete(requireField(project, input.fieldId).nodeId);
      item.updatedAt = ctx.store.now();
      return {
        clientMutationId: input.clientMutationId ?? null,
        projectV2Item: itemNode(ctx, item),
      };
    },
    deleteProjectV2Item: ({ input }: ItemInput) => {
      const project = requireProject(ctx, input.projectId);
      const item = requireItem(project, input.itemId);
      project.items = project.items.filter((i) => i !== item);
      ctx.store.unregister(item.nodeId);
      return { clientMutationId: input.clientMutationId ?? null, deletedItemId: item.nodeId };
    },
  };
}
