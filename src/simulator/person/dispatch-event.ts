import { buildDispatchEvent } from "../webhooks/build-dispatch-event.js";
import { ACTIONS_BOT } from "./deployment-actions.js";
import { deliverEvents, repoNamed, type PersonContext } from "./person-context.js";

/** A `repository_dispatch` someone (e.g. a monitoring system) sends. */
export interface DispatchInput {
  repo: string;
  eventType: string;
  clientPayload?: Record<string, unknown>;
  /** The token's owner; default `github-actions[bot]`. */
  user?: string;
}

/** Delivers `repository_dispatch` with the event type as its action. */
export async function dispatchEvent(pc: PersonContext, input: DispatchInput): Promise<string[]> {
  const repo = repoNamed(pc, input.repo);
  const event = buildDispatchEvent(
    pc.ctx,
    repo,
    input.eventType,
    input.clientPayload ?? {},
    input.user ?? ACTIONS_BOT,
  );
  return deliverEvents(pc, [event]);
}
