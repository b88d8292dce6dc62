import type { Config } from "../../config/schema.js";
import type { AppContext } from "../support/app-context.js";
import { readDeploymentIssue } from "./read-deployment-issue.js";
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
  reached?: readonly number[],
): Promise<void> {
  const { owner, repo, pullRequest, model } = target;
  const found = await readDeploymentIssue(context, {
    ...{ owner, repo, pull: pullRequest, model },
    label: config.labels.deployment,
  });
  if (!found.ok) {
    context.log.info({ pullRequest, model }, "no deployment card to update");
    return;
  }
  await updateRolloutCard(context, { owner, repo, ...found.issue }, percent, config, reached);
}
