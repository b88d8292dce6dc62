import { pickDeploymentIssue } from "../../domain/rollout/pick-deployment-issue.js";
import { readPullLinks } from "../../github/pulls/read-pull-links.js";
import { renderCommandRefused } from "../../render/render-command-reply.js";
import { renderTemplate } from "../../render/render-template.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput, CommandOutcome } from "./command-input.js";
import { executeRollback } from "./execute-rollback.js";

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
  const refuse = (message: string) => ({
    ok: false,
    reply: renderCommandRefused({ command: input.text, message }),
  });
  const links = await readPullLinks(context.octokit.graphql, { owner, repo, number: input.pull });
  const card = pickDeploymentIssue(links?.closing ?? [], {
    repo: `${owner}/${repo}`,
    label: config.labels.deployment,
    prNumber: input.pull,
  });
  if (!card.ok) return refuse(card.message);
  const result = await executeRollback(context, {
    owner,
    repo,
    model: card.model,
    reason: input.reason ?? "",
    commentId: input.commentId,
    command: input.text,
    config,
    botLogin: input.botLogin,
  });
  if (!result.ok) return refuse(result.message);
  if (result.pullRequest === input.thread) return { ok: true, reply: null };
  const reply = renderTemplate("rollout-rolled-back-elsewhere.md", {
    ...result,
    command: input.text,
  });
  return { ok: true, reply: reply.trimEnd() };
}
