import type { Config } from "../../config/schema.js";
import { pickDeploymentIssue } from "../../domain/rollout/pick-deployment-issue.js";
import { readPullLinks } from "../../github/pulls/read-pull-links.js";
import type { AppContext } from "../support/app-context.js";
import { updateRolloutCard } from "./update-rollout-card.js";

/**
 * Finds the deployment card of a model's rollout through the PR that carries it (the issue it
 * closes) and shows `percent` on it; logs and skips when the PR no longer closes such an issue.
 */
export async function updatePullCard(
  context: AppContext,
  target: { owner: string; repo: string; pullRequest: number; model: string },
  percent: number,
  config: Pick<Config, "project" | "columns" | "labels">,
): Promise<void> {
  const { owner, repo, pullRequest: number, model } = target;
  const links = await readPullLinks(context.octokit.graphql, { owner, repo, number });
  const issue = pickDeploymentIssue(links?.closing ?? [], {
    repo: `${owner}/${repo}`,
    label: config.labels.deployment,
    prNumber: number,
    model,
  });
  if (!issue.ok) {
    context.log.info({ pullRequest: number, model }, "no deployment card to update");
    return;
  }
  await updateRolloutCard(context, { owner, repo, ...issue }, percent, config);
}
