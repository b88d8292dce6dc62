/** How far back from the alert a retraining looks by default. */
export const RETRAINING_WINDOW_DAYS = 7;

const day = 24 * 60 * 60 * 1000;

/**
 * The data a retraining issue proposes to train on: the days before the alert, when the
 * drift showed. ISO-8601 instants in UTC, to the minute.
 */
export function dataWindow(
  alertAt: Date,
  days = RETRAINING_WINDOW_DAYS,
): { from: string; to: string; days: number } {
  const minute = (date: Date) => `${date.toISOString().slice(0, 16)}Z`;
  return { from: minute(new Date(alertAt.getTime() - days * day)), to: minute(alertAt), days };
}
