import { deploymentPayloadSchema } from "./deployment-payload-schema.js";
import type { AppDeployment, DeploymentRecord } from "./deployment-record.js";
import { orderDeployments } from "./order-deployments.js";

/**
 * Keeps the deployments the app created (its bot is the creator and the payload has our shape),
 * oldest first. A deploy job that names the environment makes GitHub record a deployment of its
 * own; counting it would double every step or invent versions.
 */
export function appDeployments(
  history: readonly DeploymentRecord[],
  botLogin: string,
): AppDeployment[] {
  const bot = botLogin.toLowerCase();
  const kept: AppDeployment[] = [];
  for (const record of history) {
    if (record.creator.toLowerCase() !== bot) continue;
    const payload = deploymentPayloadSchema.safeParse(readPayload(record.payload));
    if (payload.success) kept.push({ ...record, payload: payload.data });
  }
  return orderDeployments(kept);
}

/** GitHub returns a payload given as a JSON string as that string. */
function readPayload(payload: unknown): unknown {
  if (typeof payload !== "string") return payload;
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return null;
  }
}
