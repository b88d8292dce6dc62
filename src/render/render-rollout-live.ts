import type { LiveVersion } from "../domain/rollout/live-at.js";
import { formatInstant } from "./render-rollout-instant.js";
import { renderTemplate } from "./render-template.js";

/** The reply to `/mlops live` (templates/rollout-live.md). */
export function renderRolloutLive(view: {
  command: string;
  environment: string;
  at: string;
  assumedUtc: boolean;
  /** The `--at` asked for when it had not come yet (`at` is then now); null otherwise. */
  future?: string | null;
  rows: readonly LiveVersion[];
  count: number;
}): string {
  const rows = view.rows.map((row) => ({ ...row, since: formatInstant(row.since) }));
  const future = view.future ? formatInstant(view.future) : null;
  return renderTemplate("rollout-live.md", { ...view, future, rows }).trimEnd();
}
