import type { DeploymentPayload } from "./deployment-payload-schema.js";

/** A deployment status state, as GitHub's REST API spells it. */
export type DeploymentState =
  "error" | "failure" | "inactive" | "in_progress" | "queued" | "pending" | "success";

/** One deployment of the environment's history, as the adapter lists it (payload untrusted). */
export interface DeploymentRecord {
  id: number;
  createdAt: string;
  environment: string;
  /** The creator's login; the app's own is `<slug>[bot]`. */
  creator: string;
  sha: string;
  payload: unknown;
  /** In any order. */
  statuses: ReadonlyArray<{ state: DeploymentState; createdAt: string }>;
}

/** A deployment the app created, its payload parsed. */
export interface AppDeployment extends Omit<DeploymentRecord, "payload"> {
  payload: DeploymentPayload;
}
