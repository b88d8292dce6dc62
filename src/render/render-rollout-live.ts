import type { LiveVersion } from "../domain/rollout/live-at.js";
import { formatInstant } from "./render-rollout-instant.js";
import { renderTemplate } from "./render-template.js";

/** The reply to `/mlops live` (templates/rollout-live.md). */
export function renderRolloutLive(view: {
  command: string;
  environment: string;
  at: string;
  assumedUtc: boolean;
  rows: readonly LiveVersion[];
  count: number;
}): string {
  const rows = view.rows.map((row) => ({ ...row, since: formatInstant(row.since) }));
  return renderTemplate("rollout-live.md", { ...view, rows }).trimEnd();
}
