import type { SimContext } from "../sim-context.js";
import { copyProject } from "../ops/projects/copy-project.js";
import { createProject } from "../ops/projects/create-project.js";
import { nodeNotFound, notAccessibleByIntegration } from "./github-error.js";
import { projectNode } from "./project-node.js";
import { requireProject } from "./require-project.js";

type Input<T> = { input: T & { clientMutationId?: string | null } };

/** The owner a new project goes to; a user account is out of the installation's reach. */
function requireOrgOwner(ctx: SimContext, ownerId: string): string {
  const owner = ctx.store.node(ownerId);
  if (owner?.kind !== "user" || owner.type === "Bot") throw nodeNotFound(ownerId);
  if (owner.type !== "Organization") throw notAccessibleByIntegration();
  return owner.login;
}

/** `createProjectV2`, `copyProjectV2`, `deleteProjectV2`. */
export function projectMutations(ctx: SimContext): Record<string, unknown> {
  return {
    createProjectV2: ({ input }: Input<{ ownerId: string; title: string }>) => {
      const owner = requireOrgOwner(ctx, input.ownerId);
      const project = createProject(ctx.store, owner, input.title, ctx.botLogin);
      return {
        clientMutationId: input.clientMutationId ?? null,
        projectV2: projectNode(ctx, project),
      };
    },
    copyProjectV2: ({ input }: Input<{ projectId: string; ownerId: string; title: string }>) => {
      const source = requireProject(ctx, input.projectId);
      const owner = requireOrgOwner(ctx, input.ownerId);
      const project = copyProject(ctx.store, source, owner, input.title, ctx.botLogin);
      return {
        clientMutationId: input.clientMutationId ?? null,
        projectV2: projectNode(ctx, project),
      };
    },
    deleteProjectV2: ({ input }: Input<{ projectId: string }>) => {
      const project = requireProject(ctx, input.projectId);
      const node = projectNode(ctx, project);
      ctx.store.projects.delete(project.nodeId);
      ctx.store.unregister(project.nodeId);
      return { clientMutationId: input.clientMutationId ?? null, projectV2: node };
    },
  };
}
