import type { Context } from "probot";
import { loadConfig } from "../config/load-config.js";
import { configSchema } from "../config/schema.js";
import { cannotBeCard, decideIssueLabels } from "../domain/labels/decide-issue-labels.js";
import { formCardKind } from "../domain/labels/form-card-kind.js";
import { addIssueLabel } from "../github/labels/add-issue-label.js";
import { syncCard } from "./cards/sync-card.js";
import type { LabelKeeper } from "./labels/create-label-keeper.js";
import type { KeyedLock } from "./support/keyed-lock.js";
import { reportConfigError } from "./support/report-config-error.js";

/**
 * `issues.opened` / `issues.labeled`: an experiment or deployment issue becomes a card;
 * an issue opened from one of our forms without its label (GitHub dropped it) gets it.
 * Before either write, the repository's labels are ensured (once per process), so an
 * event the app ignores costs no label request.
 */
export function onCardLabel(lock: KeyedLock, keeper: LabelKeeper) {
  return async (context: Context<"issues.opened" | "issues.labeled">): Promise<void> => {
    const { issue, action, sender, installation } = context.payload;
    const event = {
      action,
      labels: (issue.labels ?? []).map((label) => label.name),
      added: "label" in context.payload ? context.payload.label?.name : undefined,
      formKind: action === "opened" ? formCardKind(issue.body) : null,
      senderType: sender.type,
    };
    // No label and no form of ours: cannot be a card, spare the config read.
    if (cannotBeCard(event)) return;
    const ref = context.issue();
    const loaded = await loadConfig(context);
    // With a broken file the label names are unknown: the defaults decide whether to speak up.
    const decision = decideIssueLabels(
      event,
      loaded.ok ? loaded.config.labels : configSchema.parse({}).labels,
    );
    if (decision === null) return;
    if (!loaded.ok) return reportConfigError(context, ref, loaded.error);
    const repo = { owner: ref.owner, repo: ref.repo };
    // A form issue without its label is a sign the label is gone: ask GitHub again.
    const fresh = decision.action === "label";
    await keeper.ensure(context.octokit, repo, loaded.config.labels, installation?.id ?? 0, {
      fresh,
    });
    // The `labeled` event this causes makes the card: one path, so one card.
    if (decision.action === "label") return addIssueLabel(context.octokit, ref, decision.label);
    await lock.run(issue.node_id, () => syncCard(context, ref, decision.kind, loaded.config));
  };
}
