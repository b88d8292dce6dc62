import { randomUUID } from "node:crypto";
import type { WebhookEvent } from "../sim-context.js";

/** One webhook delivery: the X-GitHub-Delivery GUID, the event name and the payload. */
export interface Delivery {
  id: string;
  name: string;
  payload: Record<string, unknown>;
}

/** Hands a delivery to the app (e.g. `probot.receive`); rejects when a handler failed. */
export type Receiver = (delivery: Delivery) => Promise<void>;

/**
 * Webhook delivery. A person's action is delivered at once and awaited; events the
 * app causes through the API (its comment, its label, its deployment status) are
 * queued and delivered after, in order, by `settle` — GitHub sends those too, and an
 * app must not loop on its own events.
 */
export class DeliveryQueue {
  /** Every delivery in the order GitHub sent it, queued ones included (not repeated on redelivery). */
  readonly deliveries: Delivery[] = [];
  /** Deliveries whose handlers failed, with the error. */
  readonly failures: Array<{ delivery: Delivery; error: unknown }> = [];
  private receiver: Receiver | undefined;
  private readonly pending: Delivery[] = [];
  private draining: Promise<void> | undefined;

  /** `maxFollowUps`: app-caused deliveries one settle may make before it calls it a loop. */
  constructor(private readonly maxFollowUps = 500) {}

  connect(receiver: Receiver): void {
    this.receiver = receiver;
  }

  disconnect(): void {
    this.receiver = undefined;
  }

  /** Delivers now; resolves once the app's handlers finished. */
  async send(event: WebhookEvent): Promise<Delivery> {
    const delivery = this.record(event);
    await this.receive(delivery);
    return delivery;
  }

  /** Queues events the app caused, for `settle` to deliver. */
  enqueue(events: WebhookEvent[]): void {
    for (const event of events) this.pending.push(this.record(event));
  }

  /** Sends the same id and payload again, as GitHub's "Redeliver" does. */
  async redeliver(id: string): Promise<void> {
    const delivery = this.deliveries.find((d) => d.id === id);
    if (!delivery) throw new Error(`simulator: no delivery ${id}`);
    await this.receive(delivery);
  }

  /** Delivers queued events (and those they cause) until none is left. */
  async settle(): Promise<void> {
    while (this.pending.length > 0 || this.draining) {
      if (!this.draining) {
        this.draining = this.drain().finally(() => {
          this.draining = undefined;
        });
      }
      await this.draining;
    }
  }

  private async drain(): Promise<void> {
    let count = 0;
    let firstError: unknown;
    for (let next = this.pending.shift(); next; next = this.pending.shift()) {
      count += 1;
      if (count > this.maxFollowUps) {
        this.pending.length = 0;
        throw new Error(
          `simulator: more than ${this.maxFollowUps} app-caused webhooks in a row: a loop?`,
        );
      }
      try {
        await this.receive(next);
      } catch (error) {
        firstError ??= error;
      }
    }
    if (firstError !== undefined) throw firstError;
  }

  private record(event: WebhookEvent): Delivery {
    const delivery = { id: randomUUID(), name: event.name, payload: event.payload };
    this.deliveries.push(delivery);
    return delivery;
  }

  private async receive(delivery: Delivery): Promise<void> {
    if (!this.receiver) return;
    try {
      await this.receiver({ ...delivery, payload: structuredClone(delivery.payload) });
    } catch (error) {
      this.failures.push({ delivery, error });
      throw error;
    }
  }
}
