import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { DeploymentRecord, DeploymentStatusRecord } from "../store/records.js";
import { buildDeploymentStatusEvent } from "../webhooks/build-deployment-status-event.js";

/** What `POST /deployments/{id}/statuses` carries. */
export interface NewDeploymentStatus {
  state: string;
  description?: string;
  environment?: string;
  targetUrl?: string;
  logUrl?: string;
  environmentUrl?: string;
  /** Default true, as on GitHub. */
  autoInactive?: boolean;
}

/**
 * Adds a status and returns `deployment_status.created`. A `success` with
 * `auto_inactive` (the default) adds `inactive` to every earlier non-transient
 * deployment of the same environment whose latest status is `success` — production
 * ones included, which is what GitHub does although its reference says "non-production".
 */
export function createDeploymentStatus(
  ctx: SimContext,
  deployment: DeploymentRecord,
  input: NewDeploymentStatus,
  creator: string,
): { status: DeploymentStatusRecord; events: WebhookEvent[] } {
  if (input.environment) deployment.environment = input.environment;
  const status = addStatus(
    ctx,
    deployment,
    { ...input, environment: deployment.environment },
    creator,
  );
  if (input.state === "success" && input.autoInactive !== false) {
    for (const earlier of ctx.store.deployments.values()) {
      const latest = earlier.statuses.at(-1);
      if (
        earlier.id < deployment.id &&
        earlier.repo === deployment.repo &&
        earlier.environment === deployment.environment &&
        !earlier.transientEnvironment &&
        latest?.state === "success"
      ) {
        addStatus(ctx, earlier, { state: "inactive", environment: earlier.environment }, creator);
      }
    }
  }
  return { status, events: [buildDeploymentStatusEvent(ctx, deployment, status, creator)] };
}

function addStatus(
  ctx: SimContext,
  deployment: DeploymentRecord,
  input: NewDeploymentStatus,
  creator: string,
): DeploymentStatusRecord {
  const { store } = ctx;
  const id = store.nextId();
  const status = store.register<DeploymentStatusRecord>({
    kind: "deployment_status",
    id,
    nodeId: store.nodeIdFor("DES", id),
    state: input.state,
    creator,
    description: input.description ?? "",
    environment: input.environment ?? deployment.environment,
    targetUrl: input.targetUrl ?? input.logUrl ?? "",
    logUrl: input.logUrl ?? input.targetUrl ?? "",
    environmentUrl: input.environmentUrl ?? "",
    createdAt: store.now(),
  });
  deployment.statuses.push(status);
  deployment.updatedAt = status.createdAt;
  return status;
}
