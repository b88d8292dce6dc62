import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { gateCheckNames } from "../../github/checks/read-gates.js";
import { findOpenPullsAtSha } from "../../github/pulls/find-open-pulls-at-sha.js";
import { renderChecklistConfigError } from "../../render/render-checklist-config-error.js";
import { writeConfigErrorCheck } from "../support/write-config-error-check.js";
import type { GatesDeps } from "./gates-deps.js";
import { updateChecklistCheck } from "./update-checklist-check.js";

/**
 * `check_run.rerequested` ("Re-run" pressed on `mlops/checklist`): the checklist of the open
 * PR at the check's head SHA is evaluated again and the check rewritten (a box ticked while
 * the app was down counts now). The PR comes from the payload's `pull_requests`, else (a
 * fork's PR, which GitHub leaves out there) from one page of open PRs. Other check names
 * (`mlops/evaluation` has its own handler) and other apps' runs are left alone.
 */
export function onChecklistRerun(deps: GatesDeps) {
  return async (context: Context<"check_run.rerequested">): Promise<void> => {
    const { check_run: run, repository } = context.payload;
    if (run.name !== gateCheckNames.checklist) return;
    const appId = await deps.appId();
    if (run.app?.id !== appId) return;
    const ref = context.repo();
    const listed = run.pull_requests
      .filter((pr) => pr.base.repo.id === repository.id)
      .map((pr) => pr.number);
    const pulls =
      listed.length > 0
        ? listed
        : await findOpenPullsAtSha(context.octokit, { ...ref, sha: run.head_sha });
    context.log.info({ sha: run.head_sha, pulls }, "checklist re-run");
    const loaded = await loadConfig(context);
    if (!loaded.ok) {
      const target = { ...ref, appId, headSha: run.head_sha, name: gateCheckNames.checklist };
      return writeConfigErrorCheck(context, target, loaded.error, renderChecklistConfigError);
    }
    for (const number of pulls)
      await updateChecklistCheck(
        context,
        { ...ref, number, appId },
        loaded.config.labels.deployment,
      );
  };
}
