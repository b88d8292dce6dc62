import type { ProbotOctokit } from "probot";
import { z } from "zod";
import type { DeploymentPayload } from "../../domain/rollout/deployment-payload-schema.js";

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface CreateDeploymentClient {
  rest: { repos: Pick<ProbotOctokit["rest"]["repos"], "createDeployment"> };
}

// 201 carries the deployment; 202 ("auto-merge performed") cannot happen with auto_merge: false.
const createdSchema = z.object({ id: z.number(), created_at: z.string() });

/**
 * Creates one rollout step as the contract spells it: `ref` is the PR's head SHA, the
 * environment is production-like, no auto-merge, no required contexts (the app checked its own
 * gates), task `deploy`, and the payload that the history folds over.
 */
export async function createDeployment(
  octokit: CreateDeploymentClient,
  target: { owner: string; repo: string },
  step: { ref: string; environment: string; payload: DeploymentPayload; description: string },
): Promise<{ id: number; createdAt: string }> {
  const { data } = await octokit.rest.repos.createDeployment({
    owner: target.owner,
    repo: target.repo,
    ref: step.ref,
    environment: step.environment,
    production_environment: true,
    auto_merge: false,
    required_contexts: [],
    task: "deploy",
    payload: step.payload,
    description: step.description.slice(0, 140),
  });
  const created = createdSchema.parse(data);
  return { id: created.id, createdAt: created.created_at };
}
