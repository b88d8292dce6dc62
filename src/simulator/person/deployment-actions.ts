import { createDeployment } from "../ops/create-deployment.js";
import { createDeploymentStatus } from "../ops/create-deployment-status.js";
import { createWorkflowRun } from "../ops/create-workflow-run.js";
import { openPullsAt } from "../ops/open-pulls-at.js";
import { buildProtectionRuleEvent } from "../webhooks/build-protection-rule-event.js";
import { deliverEvents, repoNamed, type PersonContext } from "./person-context.js";

/** The bot GitHub Actions acts as (deploy jobs, `GITHUB_TOKEN`). */
export const ACTIONS_BOT = "github-actions[bot]";

/** A status the team's deploy job sets on a deployment. */
export interface SetDeploymentStatusInput {
  repo: string;
  deploymentId: number;
  state: "success" | "failure" | "error" | "in_progress" | "queued" | "pending" | "inactive";
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
  /** Default true, as GitHub's default. */
  autoInactive?: boolean;
  /** Default `github-actions[bot]`. */
  user?: string;
}

/** Sets a deployment status as the deploy job would: `deployment_status.created`. */
export async function setDeploymentStatus(
  pc: PersonContext,
  input: SetDeploymentStatusInput,
): Promise<string[]> {
  const deployment = pc.ctx.store.deployments.get(input.deploymentId);
  if (!deployment) throw new Error(`simulator: no deployment ${input.deploymentId}`);
  const { events } = createDeploymentStatus(
    pc.ctx,
    deployment,
    {
      state: input.state,
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.environmentUrl ? { environmentUrl: input.environmentUrl } : {}),
      ...(input.logUrl ? { logUrl: input.logUrl } : {}),
      ...(input.autoInactive !== undefined ? { autoInactive: input.autoInactive } : {}),
    },
    input.user ?? ACTIONS_BOT,
  );
  return deliverEvents(pc, events);
}

/** A deploy job that names an environment guarded by the app's protection rule. */
export interface RequestDeploymentProtectionInput {
  repo: string;
  environment: string;
  sha: string;
  /** The waiting workflow run; a new deploy run is recorded when omitted. */
  runId?: number;
  /** The branch the workflow runs on; default the repository's default branch. */
  ref?: string;
  event?: string;
  user?: string;
}

/**
 * GitHub records its own deployment for the job (creator `github-actions[bot]`), marks
 * the request pending and delivers `deployment_protection_rule.requested`.
 */
export async function requestDeploymentProtection(
  pc: PersonContext,
  input: RequestDeploymentProtectionInput,
): Promise<{ runId: number; deploymentId: number; deliveryIds: string[] }> {
  const { store } = pc.ctx;
  const repo = repoNamed(pc, input.repo);
  const fullName = `${repo.owner}/${repo.name}`;
  const ref = input.ref ?? repo.defaultBranch;
  const runId = input.runId ?? store.nextId();
  if (!store.workflowRuns.has(runId))
    createWorkflowRun(
      store,
      {
        repo: fullName,
        name: "ML deploy",
        path: ".github/workflows/ml-deploy.yml",
        headSha: input.sha,
        headBranch: ref,
        headRepo: fullName,
        event: input.event ?? "deployment",
        status: "in_progress",
        conclusion: null,
        pullRequests: [],
        actor: input.user ?? ACTIONS_BOT,
      },
      runId,
    );
  const deployment = createDeployment(
    pc.ctx,
    repo,
    { ref: input.sha, environment: input.environment, task: "deploy", payload: {} },
    ACTIONS_BOT,
  );
  if (!deployment) throw new Error(`simulator: unknown commit ${input.sha}`);
  store.protectionRequests.push({
    repo: fullName,
    runId,
    environment: input.environment,
    sha: input.sha,
    answered: false,
  });
  const pulls = openPullsAt(repo, input.sha);
  const event = buildProtectionRuleEvent(pc.ctx, {
    repo,
    environment: input.environment,
    event: input.event ?? "deployment",
    runId,
    sha: input.sha,
    ref: `refs/heads/${ref}`,
    deployment,
    pulls,
    sender: input.user ?? ACTIONS_BOT,
  });
  return { runId, deploymentId: deployment.id, deliveryIds: await deliverEvents(pc, [event]) };
}
