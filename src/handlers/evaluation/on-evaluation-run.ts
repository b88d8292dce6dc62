import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { configSchema } from "../../config/schema.js";
import { gateCheckNames } from "../../github/checks/read-gates.js";
import { findRunPull } from "../../github/runs/find-run-pull.js";
import { renderEvaluationConfigError } from "../../render/render-metrics-config-error.js";
import type { KeyedLock } from "../support/keyed-lock.js";
import { writeConfigErrorCheck } from "../support/write-config-error-check.js";
import { decideRunOutcome } from "./decide-run-outcome.js";
import { describeRun } from "./describe-run.js";
import { postEvaluation } from "./post-evaluation.js";
import { readRunMetrics } from "./read-run-metrics.js";
import { reportEvaluationProblem } from "./report-evaluation-problem.js";

/** What the handler shares across events: the app's login and id (asked once) and a per-PR lock. */
export interface EvaluationDeps {
  botLogin: () => Promise<string>;
  appId: () => Promise<number>;
  lock: KeyedLock;
}

/** `workflow_run.completed`: an evaluation run's metrics become the gate, the comment and the card. */
export function onEvaluationRun(deps: EvaluationDeps) {
  return async (context: Context<"workflow_run.completed">): Promise<void> => {
    const run = describeRun(context.payload);
    const pullNumber = await findRunPull(context.octokit, run);
    if (pullNumber === null) {
      context.log.info({ run: run.id, sha: run.headSha }, "workflow run of no open pull request");
      return;
    }
    const loaded = await loadConfig(context);
    // With a broken file the artifact name is unknown: the defaults decide whether to speak up.
    const metricsConfig = loaded.ok ? loaded.config.metrics : configSchema.parse({}).metrics;
    const metrics = await readRunMetrics(context.octokit.rest.actions, run, metricsConfig);
    const outcome = decideRunOutcome(run, metrics);
    if (outcome.kind === "ignore") {
      context.log.debug({ run: run.id, path: run.path }, "not an evaluation run");
      return;
    }
    const appId = await deps.appId();
    if (!loaded.ok) {
      const { owner, repo, headSha, url: detailsUrl } = run;
      const target = { owner, repo, headSha, name: gateCheckNames.evaluation, appId, detailsUrl };
      return writeConfigErrorCheck(context, target, loaded.error, renderEvaluationConfigError);
    }
    const { config } = loaded;
    const key = `${run.owner}/${run.repo}#${pullNumber}`;
    await deps.lock.run(key, async () => {
      if (outcome.kind === "problem")
        return reportEvaluationProblem(
          context,
          { ...run, appId },
          pullNumber,
          outcome,
          config.metrics,
        );
      const botLogin = await deps.botLogin();
      await postEvaluation(context, run, pullNumber, outcome.file, { config, botLogin, appId });
    });
  };
}
