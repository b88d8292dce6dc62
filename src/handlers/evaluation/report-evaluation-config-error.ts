import type { ConfigError } from "../../config/load-config.js";
import { renderConfigError } from "../../config/render-config-error.js";
import { gateCheckNames } from "../../github/checks/read-gates.js";
import { upsertCheckRun } from "../../github/checks/upsert-check-run.js";
import { renderCheckOutput } from "../../render/render-metrics-check-output.js";
import type { AppContext } from "../support/app-context.js";
import type { EvaluationRun } from "./describe-run.js";

/**
 * A broken `.github/mlops.yml` met by an evaluation run: shown where the person looks for
 * the evaluation, the `mlops/evaluation` check run on the run's head SHA (upserted, so one
 * message per commit however often the run is redelivered). Nothing else is written.
 */
export async function reportEvaluationConfigError(
  context: AppContext,
  run: EvaluationRun & { appId: number },
  error: ConfigError,
): Promise<void> {
  context.log.warn({ file: error.file, problems: error.problems }, "invalid mlops config");
  const output = renderCheckOutput("evaluation-config-error.md", {
    file: error.file,
    body: renderConfigError(error),
  });
  await upsertCheckRun(
    context.octokit,
    {
      ...{ owner: run.owner, repo: run.repo, headSha: run.headSha },
      ...{ name: gateCheckNames.evaluation, appId: run.appId },
    },
    { conclusion: "failure", ...output, detailsUrl: run.url },
  );
}
