import type { ConfigError } from "../../config/load-config.js";
import { upsertCheckRun } from "../../github/checks/upsert-check-run.js";
import { renderChecklistConfigError } from "../../render/render-checklist-config-error.js";
import type { AppContext } from "../support/app-context.js";
import { CHECKLIST_CHECK } from "./checklist-check-name.js";

/**
 * A broken `.github/mlops.yml` is shown where the person looks: the checklist check run
 * the app was about to write, failing with the file, the keys and the fix.
 */
export async function writeConfigErrorCheck(
  context: AppContext,
  target: { owner: string; repo: string; headSha: string; appId: number },
  error: ConfigError,
): Promise<void> {
  context.log.warn({ file: error.file, problems: error.problems }, "invalid mlops config");
  await upsertCheckRun(
    context.octokit,
    { ...target, name: CHECKLIST_CHECK },
    renderChecklistConfigError(error),
  );
}
