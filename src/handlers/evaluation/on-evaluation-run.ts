import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { configSchema } from "../../config/schema.js";
import { gateCheckNames } from "../../github/checks/read-gates.js";
import { findRunPull } from "../../github/runs/find-run-pull.js";
import { renderEvaluationConfigError } from "../../render/render-metrics-config-error.js";
import type { KeyedLock } from "../support/keyed-lock.js";
import { writeConfigErrorCheck } from "../support/write-config-error-check.js";
import { describeRun } from "./describe-run.js";
import { postRunEvaluations } from "./post-run-evaluations.js";
import { readRunEvaluations } from "./read-run-evaluations.js";

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
    const evaluations = await readRunEvaluations(context.octokit.rest.actions, run, metricsConfig);
    if (evaluations.length === 0) {
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
    if (run.fromFork && !config.metrics.trust_forks)
      context.log.warn({ run: run.id, pull: pullNumber }, "fork run not counted as an evaluation");
    const botLogin = await deps.botLogin();
    // Per PR: two runs completing at once merge into one record and one comment per model.
    await deps.lock.run(`${run.owner}/${run.repo}#${pullNumber}`, () =>
      postRunEvaluations(context, { run, pullNumber, appId, botLogin }, evaluations, config),
    );
  };
}
