import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { gateCheckNames } from "../../github/checks/read-gates.js";
import { renderChecklistConfigError } from "../../render/render-checklist-config-error.js";
import { writeConfigErrorCheck } from "../support/write-config-error-check.js";
import { configSchema } from "../../config/schema.js";
import { readClosingPulls } from "../../github/issues/read-closing-pulls.js";
import { checklistChanged } from "./checklist-changed.js";
import type { GatesDeps } from "./gates-deps.js";
import { updateChecklistCheck } from "./update-checklist-check.js";

/**
 * `issues.edited` of a deployment issue whose `Checklist` boxes changed: re-evaluates
 * `mlops/checklist` on every open PR that closes it, within this webhook: those GitHub links
 * (PRs into the default branch) and, from the 50 most recently updated open PRs, those into
 * another branch whose body closes it (one request for both).
 */
export function onIssueChecklist(deps: GatesDeps) {
  return async (context: Context<"issues.edited">): Promise<void> => {
    const { issue, changes } = context.payload;
    const before = changes.body?.from;
    if (before === undefined || !checklistChanged(before ?? "", issue.body ?? "")) return;
    const loaded = await loadConfig(context);
    // With a broken file the label name is unknown: the default decides whether to speak up.
    const label = (loaded.ok ? loaded.config : configSchema.parse({})).labels.deployment;
    const labels = (issue.labels ?? []).map((l) => l.name.toLowerCase());
    if (!labels.includes(label.toLowerCase())) return;
    const ref = context.repo();
    // Release-branch PRs too: GitHub links none, so their bodies' `Closes #N` are read.
    const pulls = await readClosingPulls(
      context.octokit.graphql,
      { ...ref, number: issue.number },
      { releaseBranches: true },
    );
    context.log.info(
      { issue: issue.number, pulls: pulls.map((p) => p.number) },
      "checklist edited",
    );
    if (pulls.length === 0) return;
    const ours = { ...ref, appId: await deps.appId() };
    for (const pull of pulls) {
      if (loaded.ok) await updateChecklistCheck(context, { ...ours, number: pull.number }, label);
      else {
        const target = { ...ours, headSha: pull.headSha, name: gateCheckNames.checklist };
        await writeConfigErrorCheck(context, target, loaded.error, renderChecklistConfigError);
      }
    }
  };
}
