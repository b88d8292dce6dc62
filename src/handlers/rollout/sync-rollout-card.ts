import type { Config } from "../../config/schema.js";
import type { AppDeployment } from "../../domain/rollout/deployment-record.js";
import { foldRollout } from "../../domain/rollout/fold-rollout.js";
import { reachedSteps } from "../../domain/rollout/reached-steps.js";
import { listAppDeployments } from "../../github/deployments/list-app-deployments.js";
import type { AppContext } from "../support/app-context.js";
import { updatePullCard } from "./update-pull-card.js";

/**
 * Shows on the deployment card where the rollout of a step's version really stands, once the
 * deploy job has reported on that step: the history is re-read and folded (a failed step does
 * not count), and the card of the step's PR gets that share. Returns the share.
 */
export async function syncRolloutCard(
  context: AppContext,
  input: {
    owner: string;
    repo: string;
    deployment: AppDeployment;
    config: Pick<Config, "project" | "columns" | "labels">;
    botLogin: string;
  },
): Promise<number> {
  const { owner, repo, deployment, config } = input;
  const { model, version, pull_request: pullRequest } = deployment.payload;
  const { environment } = deployment;
  const history = await listAppDeployments(
    context.octokit,
    { owner, repo, environment },
    input.botLogin,
  );
  const now = new Date();
  const state = foldRollout(history, { environment, model, now });
  const share = state.shares.find((s) => s.version === version)?.share ?? 0;
  const reached = reachedSteps(history, { environment, model, version, now });
  await updatePullCard(context, { owner, repo, pullRequest, model }, share, config, reached);
  return share;
}
