import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { RepoRecord } from "../store/records.js";
import { basePayload } from "./base-payload.js";

/** `repository_dispatch`: the action is the caller's `event_type`. */
export function buildDispatchEvent(
  ctx: SimContext,
  repo: RepoRecord,
  eventType: string,
  clientPayload: Record<string, unknown>,
  sender: string,
): WebhookEvent {
  const payload = basePayload(ctx, "repository_dispatch", undefined, repo, sender);
  payload.action = eventType;
  payload.branch = repo.defaultBranch;
  payload.client_payload = clientPayload;
  return { name: "repository_dispatch", payload };
}
