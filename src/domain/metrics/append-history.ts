/** One point of the primary metric's chart: a run of this PR. */
export interface HistoryPoint {
  /** A short run label, e.g. `#12` (the run number). */
  label: string;
  value: number;
}

/** GitHub's comment is no place for a long series; the chart reads well up to ~20 points. */
export const maxHistoryPoints = 20;

/**
 * Adds this run's point to the points recovered from the existing comment. A point with
 * the same label is replaced, not repeated, so a redelivered event leaves the chart as it was;
 * only the last `maxHistoryPoints` are kept.
 */
export function appendHistory(
  previous: readonly HistoryPoint[],
  point: HistoryPoint,
): HistoryPoint[] {
  return [...previous.filter((p) => p.label !== point.label), point].slice(-maxHistoryPoints);
}
