import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { gateCheckNames } from "../../github/checks/read-gates.js";
import { renderEvaluationConfigError } from "../../render/render-metrics-config-error.js";
import { writeConfigErrorCheck } from "../support/write-config-error-check.js";
import type { EvaluationDeps } from "./on-evaluation-run.js";
import { rewriteEvaluationCheck } from "./rewrite-evaluation-check.js";

/**
 * `check_run.rerequested` ("Re-run" pressed on `mlops/evaluation`): every model's latest
 * evaluation recorded in the check is downloaded again and judged with the current config
 * (a changed threshold takes effect), and the check rewritten. The recorded runs are the
 * evaluations, so nothing is searched for; runs that could not be judged stay so until
 * their workflow is re-run. GitHub sends the event only to the app that created the run;
 * other names (`mlops/checklist` has its own handler) are left alone.
 */
export function onEvaluationRerun(deps: EvaluationDeps) {
  return async (context: Context<"check_run.rerequested">): Promise<void> => {
    const checkRun = context.payload.check_run;
    if (checkRun.name !== gateCheckNames.evaluation) return;
    const appId = await deps.appId();
    if (checkRun.app?.id !== appId) return;
    const { owner, repo } = context.repo();
    const target = { owner, repo, headSha: checkRun.head_sha, appId };
    const loaded = await loadConfig(context);
    if (!loaded.ok)
      return writeConfigErrorCheck(
        context,
        { ...target, name: gateCheckNames.evaluation },
        loaded.error,
        renderEvaluationConfigError,
      );
    const botLogin = await deps.botLogin();
    // The key the workflow runs of the PR take, so that a run completing now merges in order.
    const pull = checkRun.pull_requests.find(
      (p) => p.base.repo.id === context.payload.repository.id,
    );
    const key = pull ? `${owner}/${repo}#${pull.number}` : `${owner}/${repo}@${checkRun.head_sha}`;
    const written = await deps.lock.run(key, () =>
      rewriteEvaluationCheck(context, target, [], { config: loaded.config, botLogin }),
    );
    context.log.info(
      { sha: checkRun.head_sha, models: Object.keys(written.record.models), check: written.action },
      "evaluation re-judged on re-run",
    );
  };
}
