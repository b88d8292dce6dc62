import { z } from "zod";
import { appDeployments } from "../../domain/rollout/app-deployments.js";
import {
  listCommitDeployments,
  type CommitDeploymentsClient,
} from "../../github/deployments/list-commit-deployments.js";
import { toDeploymentRecord } from "../../github/deployments/to-deployment-record.js";

/** One of the app's own rollback deployments (`rollout: 0`), which the gates never hold. */
export interface AppRollback {
  deploymentId: number;
  model: string;
  version: string;
  stableVersion: string | null;
}

// GitHub's `deployment` shape, as much as the lookup reads; untrusted until parsed.
const deploymentSchema = z.object({
  id: z.number().int(),
  sha: z.string(),
  environment: z.string(),
  created_at: z.string(),
  payload: z.unknown(),
  creator: z.object({ login: z.string() }).nullable(),
  performed_via_github_app: z.object({ id: z.number(), slug: z.string() }).nullable().optional(),
});
type Deployment = z.infer<typeof deploymentSchema>;

const requestSchema = z.object({
  event: z.string().optional(),
  deployment: deploymentSchema.nullable().optional(),
});

/**
 * Whether a waiting deploy job carries out one of the app's own rollbacks. The payload's
 * `deployment` is the one GitHub recorded for the job (creator `github-actions[bot]`); the
 * rollback that triggered the job (`on: deployment`) is the latest deployment of the same SHA
 * and environment made before it by someone other than the job's creator. It counts only when
 * the app made it (`performed_via_github_app` is this app and the creator its bot) and its
 * payload is a rollback. No deployment in the payload, another event, or anyone else's
 * deployment: null, and the gates decide. One request, only when a job deployment is named.
 */
export async function findAppRollback(
  octokit: CommitDeploymentsClient,
  request: { owner: string; repo: string; environment: string; sha: string },
  payload: unknown,
  appId: () => Promise<number>,
): Promise<AppRollback | null> {
  const parsed = requestSchema.safeParse(payload);
  const job = parsed.success ? parsed.data.deployment : null;
  if (!job) return null;
  const id = await appId();
  if (job.performed_via_github_app?.id === id) return asRollback(job, request, id);
  if (parsed.data?.event !== "deployment") return null;
  const data = await listCommitDeployments(octokit, request);
  const jobCreator = job.creator?.login.toLowerCase();
  const trigger = data
    .flatMap((d) => {
      const one = deploymentSchema.safeParse(d);
      return one.success ? [one.data] : [];
    })
    .filter((d) => d.id < job.id && d.creator?.login.toLowerCase() !== jobCreator)
    .reduce<Deployment | null>((latest, d) => (latest && latest.id > d.id ? latest : d), null);
  return trigger ? asRollback(trigger, request, id) : null;
}

/** The deployment as an app rollback for this SHA and environment, or null. */
function asRollback(
  deployment: Deployment,
  request: { environment: string; sha: string },
  appId: number,
): AppRollback | null {
  const app = deployment.performed_via_github_app;
  if (app?.id !== appId) return null;
  if (deployment.environment !== request.environment || deployment.sha !== request.sha) return null;
  const [ours] = appDeployments([toDeploymentRecord(deployment, [])], `${app.slug}[bot]`);
  if (ours?.payload.rollout !== 0) return null;
  return {
    deploymentId: ours.id,
    model: ours.payload.model,
    version: ours.payload.version,
    stableVersion: ours.payload.stable_version,
  };
}
