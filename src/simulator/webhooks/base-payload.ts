import type { SimContext } from "../sim-context.js";
import type { RepoRecord } from "../store/records.js";
import { serializeRepo } from "../serialize/serialize-repo.js";
import { serializeLogin, serializeOrganization } from "../serialize/serialize-user.js";
import { webhookExample } from "../webhook-example.js";

/**
 * The example of that action, or (when `@octokit/webhooks-examples` has none, e.g.
 * `issues.closed`, `pull_request.edited`) another example of the event, re-labelled:
 * the event's shape does not depend on the action.
 */
function exampleFor(ctx: SimContext, name: string, action: string | undefined) {
  try {
    return webhookExample(name, action, ctx.installationId);
  } catch {
    return { ...webhookExample(name, undefined, ctx.installationId), action };
  }
}

/**
 * A real example payload of the event (from `@octokit/webhooks-examples`) with the
 * parts every event shares replaced by the simulator's objects: `repository`, `sender`,
 * `installation`, and `organization` exactly when the owner is an organization.
 */
export function basePayload(
  ctx: SimContext,
  name: string,
  action: string | undefined,
  repo: RepoRecord,
  sender: string,
): Record<string, unknown> {
  const payload = exampleFor(ctx, name, action);
  payload.repository = serializeRepo(ctx, repo);
  payload.sender = serializeLogin(ctx, sender);
  const owner = ctx.store.requireUser(repo.owner);
  if (owner.type === "Organization") payload.organization = serializeOrganization(ctx, owner);
  else delete payload.organization;
  return payload;
}
