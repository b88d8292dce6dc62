import type { ProbotOctokit } from "probot";
import { z } from "zod";
import type { PermissionAnswer } from "../../domain/permissions/repository-role.js";

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface PermissionClient {
  rest: {
    repos: Pick<ProbotOctokit["rest"]["repos"], "getCollaboratorPermissionLevel">;
  };
}

const answerSchema = z.object({
  permission: z.string().nullish(),
  role_name: z.string().nullish(),
  user: z
    .object({
      permissions: z
        .object({
          admin: z.boolean().optional(),
          maintain: z.boolean().optional(),
          push: z.boolean().optional(),
          triage: z.boolean().optional(),
          pull: z.boolean().optional(),
        })
        .nullish(),
    })
    .nullish(),
});

/**
 * Asks GitHub what a user may do in the repository
 * (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`). A user GitHub does not
 * know (404) has no access.
 */
export async function readPermission(
  octokit: PermissionClient,
  target: { owner: string; repo: string; username: string },
): Promise<PermissionAnswer> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel(target);
    const answer = answerSchema.parse(data);
    return {
      roleName: answer.role_name ?? null,
      permission: answer.permission ?? null,
      flags: answer.user?.permissions ?? null,
    };
  } catch (error) {
    if ((error as { status?: unknown }).status === 404)
      return { roleName: null, permission: null, flags: null };
    throw error;
  }
}
