import type { Context } from "probot";
import { loadConfig } from "../config/load-config.js";
import { configSchema } from "../config/schema.js";
import { cardKindForEvent } from "../domain/board/card-kind-for-labels.js";
import { syncCard } from "./cards/sync-card.js";
import type { KeyedLock } from "./support/keyed-lock.js";
import { reportConfigError } from "./support/report-config-error.js";

/** `issues.opened` / `issues.labeled`: an experiment or deployment issue becomes a card. */
export function onCardLabel(lock: KeyedLock) {
  return async (context: Context<"issues.opened" | "issues.labeled">): Promise<void> => {
    const { issue, action } = context.payload;
    const event = {
      action,
      labels: (issue.labels ?? []).map((label) => label.name),
      added: "label" in context.payload ? context.payload.label?.name : undefined,
    };
    // An issue opened without labels cannot be a card yet: spare the config read.
    if (action === "opened" && event.labels.length === 0) return;
    const ref = context.issue();
    const loaded = await loadConfig(context);
    // With a broken file the label names are unknown: the defaults decide whether to speak up.
    const labels = loaded.ok ? loaded.config.labels : configSchema.parse({}).labels;
    const kind = cardKindForEvent(event, labels);
    if (kind === null) return;
    if (!loaded.ok) return reportConfigError(context, ref, loaded.error);
    await lock.run(issue.node_id, () => syncCard(context, ref, kind, loaded.config));
  };
}
