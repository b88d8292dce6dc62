import { renderTemplate } from "../../render/render-template.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput, CommandOutcome } from "./command-input.js";
import { executeRollback } from "./execute-rollback.js";
import { readDeploymentIssue } from "./read-deployment-issue.js";
import { refused } from "./refused.js";

/**
 * `/rollback [reason]`: the model comes from the PR's deployment issue; `executeRollback` does
 * the rest and replies on the rollout's PR. Typed elsewhere (the deployment issue), the thread
 * gets a short reply pointing there.
 */
export async function runRollback(
  context: AppContext,
  input: CommandInput & { pull: number; reason: string | null },
): Promise<CommandOutcome> {
  const { owner, repo, config } = input;
  const found = await readDeploymentIssue(context, {
    ...{ owner, repo, pull: input.pull },
    label: config.labels.deployment,
  });
  if (!found.ok) return refused(input.text, found.message);
  const { issue } = found;
  const result = await executeRollback(context, {
    owner,
    repo,
    model: issue.model,
    reason: input.reason ?? "",
    commentId: input.commentId,
    command: input.text,
    card: { pullRequest: input.pull, number: issue.number, nodeId: issue.nodeId },
    config,
    botLogin: input.botLogin,
  });
  if (!result.ok) return refused(input.text, result.message);
  if (result.pullRequest === input.thread) return { ok: true, reply: null };
  const reply = renderTemplate("rollout-rolled-back-elsewhere.md", {
    ...result,
    command: input.text,
  });
  return { ok: true, reply: reply.trimEnd() };
}
