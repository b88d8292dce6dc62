import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { gateCheckNames } from "../../github/checks/read-gates.js";
import { renderChecklistConfigError } from "../../render/render-checklist-config-error.js";
import { writeConfigErrorCheck } from "../support/write-config-error-check.js";
import type { GatesDeps } from "./gates-deps.js";
import { updateChecklistCheck } from "./update-checklist-check.js";

/** The pull_request actions that can change a PR's checklist or its head. */
export const PULL_CHECKLIST_EVENTS = [
  "pull_request.opened",
  "pull_request.edited",
  "pull_request.synchronize",
  "pull_request.reopened",
] as const;

type PullEvent = (typeof PULL_CHECKLIST_EVENTS)[number];

/**
 * `pull_request` opened/edited/synchronize/reopened: (re)writes `mlops/checklist` on the
 * PR head. A pushed commit gets its own check run; an edit that left the description as it
 * was (a new title, a new base) changes nothing.
 */
export function onPullChecklist(deps: GatesDeps) {
  return async (context: Context<PullEvent>): Promise<void> => {
    const { payload } = context;
    if (payload.action === "edited" && payload.changes.body === undefined) return;
    const pr = context.repo({ number: payload.pull_request.number, appId: await deps.appId() });
    const loaded = await loadConfig(context);
    if (!loaded.ok) {
      const target = {
        ...pr,
        headSha: payload.pull_request.head.sha,
        name: gateCheckNames.checklist,
      };
      return writeConfigErrorCheck(context, target, loaded.error, renderChecklistConfigError);
    }
    await updateChecklistCheck(context, pr, loaded.config.labels.deployment);
  };
}
