import type { SimContext } from "../sim-context.js";
import type { DeploymentRecord, RepoRecord } from "../store/records.js";
import { resolveRef } from "./resolve-ref.js";

/** What `POST /deployments` (or the Actions runner) asks for. */
export interface NewDeployment {
  ref: string;
  task?: string;
  payload?: unknown;
  environment?: string;
  description?: string | null;
  transientEnvironment?: boolean;
  productionEnvironment?: boolean;
}

/**
 * Records a deployment. GitHub resolves `ref` to a SHA; `production_environment`
 * defaults to true for an environment named `production`, as GitHub documents.
 */
export function createDeployment(
  ctx: SimContext,
  repo: RepoRecord,
  input: NewDeployment,
  creator: string,
): DeploymentRecord | undefined {
  const sha = resolveRef(ctx, repo, input.ref);
  if (!sha) return undefined;
  const { store } = ctx;
  const id = store.nextId();
  const environment = input.environment ?? "production";
  const now = store.now();
  const deployment = store.register<DeploymentRecord>({
    kind: "deployment",
    id,
    nodeId: store.nodeIdFor("DE", id),
    repo: `${repo.owner}/${repo.name}`,
    sha,
    ref: input.ref,
    task: input.task ?? "deploy",
    payload: input.payload ?? {},
    environment,
    originalEnvironment: environment,
    description: input.description ?? null,
    creator,
    createdAt: now,
    updatedAt: now,
    transientEnvironment: input.transientEnvironment ?? false,
    productionEnvironment: input.productionEnvironment ?? environment === "production",
    statuses: [],
  });
  store.deployments.set(id, deployment);
  return deployment;
}
