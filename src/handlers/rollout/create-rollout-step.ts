import type { DeploymentPayload } from "../../domain/rollout/deployment-payload-schema.js";
import { findRaceWinner } from "../../domain/rollout/find-race-winner.js";
import { createDeployment } from "../../github/deployments/create-deployment.js";
import { listRecentDeployments } from "../../github/deployments/list-recent-deployments.js";
import { setDeploymentStatus } from "../../github/deployments/set-deployment-status.js";
import type { AppContext } from "../support/app-context.js";
import { runPart } from "./step-left-undone-error.js";

/** A step to create, planned from the history whose newest deployment id is `seenUpTo`. */
export interface RolloutStep {
  ref: string;
  environment: string;
  payload: DeploymentPayload;
  description: string;
  seenUpTo: number;
}

/**
 * Creates the step's deployment, then looks once more (one request) for the same step made by
 * another replica since the history was read: the lowest id wins everywhere. The winner gets
 * `in_progress`; a loser gets `error` naming the winner, so the fold never counts it twice. A
 * failure once the deployment exists throws `StepLeftUndoneError` (its status left undone).
 */
export async function createRolloutStep(
  context: AppContext,
  target: { owner: string; repo: string },
  step: RolloutStep,
  botLogin: string,
): Promise<{ ok: true; deploymentId: number } | { ok: false; winner: number }> {
  const created = await createDeployment(context.octokit, target, step);
  const { environment, payload } = step;
  const made = { deploymentId: created.id, environment, ...pick(payload) };
  const settle = async (): Promise<number | null> => {
    const recent = await listRecentDeployments(
      context.octokit,
      { ...target, environment, sha: step.ref },
      botLogin,
    );
    const winner = findRaceWinner(recent, { id: created.id, environment, payload }, step.seenUpTo);
    const status =
      winner === null
        ? { state: "in_progress" as const, description: step.description }
        : {
            state: "error" as const,
            description: `Duplicate of deployment ${winner}, made at the same moment.`,
          };
    await setDeploymentStatus(context.octokit, { ...target, deploymentId: created.id }, status);
    return winner;
  };
  const winner = await runPart(made, "status", settle);
  context.log.info({ deployment: created.id, winner, payload }, "rollout step created");
  return winner === null ? { ok: true, deploymentId: created.id } : { ok: false, winner };
}

function pick({ model, version, rollout }: DeploymentPayload) {
  return { model, version, rollout };
}
