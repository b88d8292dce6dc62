import { effectiveRole, meetsRole } from "../../domain/permissions/repository-role.js";
import { readPermission } from "../../github/permissions/read-permission.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput } from "./command-input.js";

/**
 * Whether the commenter may move production traffic: their repository role (from the
 * collaborator permission API) is at least `rollout.promoters`. Asked before anything is read
 * or deployed; a refusal names the role needed and the role they have.
 */
export async function checkPromoter(
  context: AppContext,
  input: Pick<CommandInput, "owner" | "repo" | "user" | "config">,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const least = input.config.rollout.promoters;
  const answer = await readPermission(context.octokit, {
    owner: input.owner,
    repo: input.repo,
    username: input.user,
  });
  const role = effectiveRole(answer);
  if (meetsRole(role, least)) return { ok: true };
  return {
    ok: false,
    message: `${input.user} has the ${role ?? "no"} role on ${input.owner}/${input.repo}; moving production traffic needs ${least} or higher (rollout.promoters). Ask a repository admin for the role, or ask someone who has it to type the command.`,
  };
}
