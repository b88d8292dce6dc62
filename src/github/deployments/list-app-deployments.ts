import type { ProbotOctokit } from "probot";
import { appDeployments } from "../../domain/rollout/app-deployments.js";
import type { AppDeployment } from "../../domain/rollout/deployment-record.js";
import { toDeploymentRecord } from "./to-deployment-record.js";

type Octokit = InstanceType<typeof ProbotOctokit>;

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface DeploymentsClient {
  paginate: Octokit["paginate"];
  rest: { repos: Pick<Octokit["rest"]["repos"], "listDeployments" | "listDeploymentStatuses"> };
}

/**
 * The environment's history as GitHub records it: every deployment the app created, oldest
 * first, with all its statuses (both lists paginated). Deployments by anyone else (a deploy
 * job naming the environment records its own) are dropped before their statuses are read.
 */
export async function listAppDeployments(
  octokit: DeploymentsClient,
  target: { owner: string; repo: string; environment: string },
  botLogin: string,
): Promise<AppDeployment[]> {
  const { owner, repo, environment } = target;
  const all = await octokit.paginate(octokit.rest.repos.listDeployments, {
    owner,
    repo,
    environment,
    per_page: 100,
  });
  const ours = all.filter((d) => d.creator?.login.toLowerCase() === botLogin.toLowerCase());
  const records = await Promise.all(
    ours.map(async (d) => {
      const statuses = await octokit.paginate(octokit.rest.repos.listDeploymentStatuses, {
        owner,
        repo,
        deployment_id: d.id,
        per_page: 100,
      });
      return toDeploymentRecord(d, statuses);
    }),
  );
  return appDeployments(records, botLogin);
}
