import type { SimContext, WebhookEvent } from "../sim-context.js";
import type { DeliveryQueue } from "../webhooks/delivery-queue.js";
import type { IssueRecord, RepoRecord } from "../store/records.js";

/** What a person's action needs: the shared context and the delivery queue. */
export interface PersonContext {
  ctx: SimContext;
  queue: DeliveryQueue;
}

/**
 * Delivers a person's events (in order, or all at once when `concurrent`), then what
 * the app caused in turn; resolves with the delivery ids after the app's handlers ran.
 */
export async function deliverEvents(
  pc: PersonContext,
  events: WebhookEvent[],
  concurrent = false,
): Promise<string[]> {
  const ids: string[] = [];
  let firstError: unknown;
  const sendOne = async (event: WebhookEvent) => {
    try {
      ids.push((await pc.queue.send(event)).id);
    } catch (error) {
      firstError ??= error;
    }
  };
  if (concurrent) await Promise.all(events.map(sendOne));
  else for (const event of events) await sendOne(event);
  try {
    await pc.queue.settle();
  } catch (error) {
    firstError ??= error;
  }
  if (firstError !== undefined) throw firstError;
  return ids;
}

/** A repository the simulator knows, by `owner/name`. */
export function repoNamed(pc: PersonContext, fullName: string): RepoRecord {
  const repo = pc.ctx.store.repoByFullName(fullName);
  if (!repo) throw new Error(`simulator: unknown repository ${fullName} (add it first)`);
  return repo;
}

/** An issue or PR the simulator knows. */
export function issueNumbered(pc: PersonContext, fullName: string, number: number): IssueRecord {
  const issue = repoNamed(pc, fullName).issues.get(number);
  if (!issue) throw new Error(`simulator: ${fullName} has no issue or PR #${number}`);
  return issue;
}
