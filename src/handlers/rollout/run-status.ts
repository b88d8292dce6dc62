import { foldRollout } from "../../domain/rollout/fold-rollout.js";
import { liveAt } from "../../domain/rollout/live-at.js";
import { readGates } from "../../github/checks/read-gates.js";
import { listAppDeployments } from "../../github/deployments/list-app-deployments.js";
import { renderRolloutStatus } from "../../render/render-rollout-status.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput, CommandOutcome } from "./command-input.js";
import { readDeploymentIssue } from "./read-deployment-issue.js";
import { refused } from "./refused.js";

/**
 * `/status`: the rollout of the PR's deployment issue (its step, folded from the deployments),
 * each gate of `rollout.require` on the head SHA, and every version live in the environment now.
 */
export async function runStatus(
  context: AppContext,
  input: CommandInput & { pull: number },
): Promise<CommandOutcome> {
  const { owner, repo, config } = input;
  const found = await readDeploymentIssue(context, {
    ...{ owner, repo, pull: input.pull },
    label: config.labels.deployment,
  });
  if (!found.ok) return refused(input.text, found.message);
  const { pull, issue: card } = found;
  const { environment, steps } = config.rollout;
  const gates = await readGates(
    context.octokit,
    { owner, repo, sha: pull.headSha, appId: input.appId },
    config.rollout.require,
  );
  const history = await listAppDeployments(
    context.octokit,
    { owner, repo, environment },
    input.botLogin,
  );
  const now = new Date();
  const state = foldRollout(history, { environment, model: card.model, now });
  const live = liveAt(history, { environment, at: now }).map((v) => ({ ...v, environment }));
  const reply = renderRolloutStatus({
    command: input.text,
    model: card.model,
    version: card.version,
    steps,
    state,
    gates,
    live,
  });
  return { ok: true, reply };
}
