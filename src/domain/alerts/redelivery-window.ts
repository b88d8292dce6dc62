/**
 * How far back a redelivery can reach: GitHub keeps a webhook delivery for 3 days (it can be
 * redelivered only then), and a day more covers clocks that disagree. Whatever a delivery
 * wrote, its issue was updated at that moment or later (a close updates it too).
 */
export const REDELIVERY_WINDOW_DAYS = 4;

/** The ISO-8601 time before which no issue can hold the work of a delivery redelivered at `receivedAt`. */
export function redeliverySince(receivedAt: Date): string {
  return new Date(
    receivedAt.getTime() - REDELIVERY_WINDOW_DAYS * 24 * 60 * 60 * 1000,
  ).toISOString();
}
