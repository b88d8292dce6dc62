import type { Config } from "../../config/schema.js";
import type { AppDeployment } from "../../domain/rollout/deployment-record.js";
import { renderRolloutDeployFailed } from "../../render/render-rollout-deploy-failed.js";
import type { AppContext } from "../support/app-context.js";
import { replyToCommand } from "./reply-to-command.js";
import { syncRolloutCard } from "./sync-rollout-card.js";

/**
 * A rollout step whose deploy job failed: the card is set to the share the fold (which skips
 * failed steps) gives the version now, and the step's PR gets one reply per failed deployment,
 * with the log link.
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
  const { owner, repo, deployment } = input;
  const { model, version, rollout, pull_request: pullRequest } = deployment.payload;
  const share = await syncRolloutCard(context, input);
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
