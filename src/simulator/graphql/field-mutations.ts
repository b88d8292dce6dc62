import type { SimContext } from "../sim-context.js";
import { addField, type OptionInput } from "../ops/projects/add-field.js";
import { updateField } from "../ops/projects/update-field.js";
import { fieldNode } from "./field-node.js";
import { requireFieldProject, requireProject } from "./require-project.js";

type Input<T> = { input: T & { clientMutationId?: string | null } };

interface IterationConfig {
  startDate: string;
  duration: number;
  iterations?: Array<{ startDate: string; duration: number; title: string }> | null;
}

/** Iterations of a new iteration field: the given ones, else three from the start date. */
function iterationsFor(config: IterationConfig | null | undefined, today: Date) {
  const start = config?.startDate ?? today.toISOString().slice(0, 10);
  const duration = config?.duration ?? 14;
  const given =
    config?.iterations ??
    [0, 1, 2].map((n) => ({
      title: `Iteration ${n + 1}`,
      duration,
      startDate: new Date(Date.parse(start) + n * duration * 86_400_000).toISOString().slice(0, 10),
    }));
  return given.map((i, n) => ({
    id: `iter${n + 1}${i.startDate.replace(/-/g, "")}`.slice(0, 8),
    ...i,
  }));
}

/** `createProjectV2Field`, `updateProjectV2Field`, `deleteProjectV2Field`. */
export function fieldMutations(ctx: SimContext): Record<string, unknown> {
  return {
    createProjectV2Field: ({
      input,
    }: Input<{
      projectId: string;
      dataType: string;
      name: string;
      singleSelectOptions?: OptionInput[] | null;
      iterationConfiguration?: IterationConfig | null;
    }>) => {
      const project = requireProject(ctx, input.projectId);
      const field = addField(ctx.store, project, {
        name: input.name,
        dataType: input.dataType,
        ...(input.singleSelectOptions ? { options: input.singleSelectOptions } : {}),
      });
      if (input.dataType === "ITERATION") {
        field.iterations = iterationsFor(input.iterationConfiguration, ctx.store.now());
      }
      return {
        clientMutationId: input.clientMutationId ?? null,
        projectV2Field: fieldNode(ctx, field),
      };
    },
    updateProjectV2Field: ({
      input,
    }: Input<{
      fieldId: string;
      name?: string | null;
      singleSelectOptions?: OptionInput[] | null;
    }>) => {
      const { project, field } = requireFieldProject(ctx, input.fieldId);
      updateField(ctx.store, project, field, input);
      return {
        clientMutationId: input.clientMutationId ?? null,
        projectV2Field: fieldNode(ctx, field),
      };
    },
    deleteProjectV2Field: ({ input }: Input<{ fieldId: string }>) => {
      const { project, field } = requireFieldProject(ctx, input.fieldId);
      const node = fieldNode(ctx, field);
      project.fields = project.fields.filter((f) => f !== field);
      for (const item of project.items) item.values.delete(field.nodeId);
      ctx.store.unregister(field.nodeId);
      return { clientMutationId: input.clientMutationId ?? null, projectV2Field: node };
    },
  };
}
