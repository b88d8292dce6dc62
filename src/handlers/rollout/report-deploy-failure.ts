import type { Config } from "../../config/schema.js";
import type { AppDeployment } from "../../domain/rollout/deployment-record.js";
import { foldRollout } from "../../domain/rollout/fold-rollout.js";
import { listAppDeployments } from "../../github/deployments/list-app-deployments.js";
import { renderRolloutDeployFailed } from "../../render/render-rollout-deploy-failed.js";
import type { AppContext } from "../support/app-context.js";
import { replyToCommand } from "./reply-to-command.js";
import { updatePullCard } from "./update-pull-card.js";

/**
 * A rollout step whose deploy job failed: the fold (which skips failed steps) says the version's
 * share now; the card is set to it and the step's PR gets one reply per failed deployment, with
 * the log link.
 */
export async function reportDeployFailure(
  context: AppContext,
  input: {
    owner: string;
    repo: string;
    deployment: AppDeployment;
    state: string;
    description: string | null;
    logUrl: string | null;
    config: Config;
    botLogin: string;
  },
): Promise<void> {
  const { owner, repo, deployment, config } = input;
  const { model, version, rollout, pull_request: pullRequest } = deployment.payload;
  const { environment } = deployment;
  const history = await listAppDeployments(
    context.octokit,
    { owner, repo, environment },
    input.botLogin,
  );
  const state = foldRollout(history, { environment, model, now: new Date() });
  const share = state.shares.find((s) => s.version === version)?.share ?? 0;
  await updatePullCard(context, { owner, repo, pullRequest, model }, share, config);
  const body = renderRolloutDeployFailed({
    state: input.state,
    model,
    version,
    step: rollout,
    deploymentId: deployment.id,
    description: input.description || null,
    current: share,
    logUrl: input.logUrl,
  });
  await replyToCommand(
    context,
    { owner, repo, issue_number: pullRequest },
    `deploy-${deployment.id}`,
    body,
  );
}
