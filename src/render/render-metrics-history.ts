import { z } from "zod";
import { maxHistoryPoints, type HistoryPoint } from "../domain/metrics/append-history.js";

const historyMarker = /<!-- mlops-bot:history (.*?) -->/s;
const historySchema = z.object({
  metric: z.string(),
  points: z.array(z.object({ label: z.string().max(60), value: z.number() })),
});

/**
 * The chart's points, kept in the sticky comment itself (GitHub is the only store) as a
 * hidden JSON marker. `<`, `>` and `&` are written as \u escapes, so the JSON can never
 * close the HTML comment early.
 */
export function renderHistoryMarker(metric: string, points: readonly HistoryPoint[]): string {
  const json = JSON.stringify({ metric, points: points.slice(-maxHistoryPoints) }).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `<!-- mlops-bot:history ${json} -->`;
}

/**
 * The points stored in a comment by renderHistoryMarker; [] when there are none or the
 * marker was tampered with (a comment is editable text), or when they are of another metric
 * (the primary metric changed: an old series would mislead).
 */
export function readHistory(commentBody: string, metric?: string): HistoryPoint[] {
  const json = historyMarker.exec(commentBody)?.[1];
  if (json === undefined) return [];
  try {
    const parsed = historySchema.safeParse(JSON.parse(json));
    if (!parsed.success || (metric !== undefined && parsed.data.metric !== metric)) return [];
    return parsed.data.points.slice(-maxHistoryPoints);
  } catch {
    return [];
  }
}
