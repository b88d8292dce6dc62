import type { Config } from "../../config/schema.js";
import type { AppContext } from "../support/app-context.js";
import type { EvaluationRun } from "./describe-run.js";
import { judgeEvaluation } from "./judge-evaluation.js";
import { postEvaluation } from "./post-evaluation.js";
import { readHistoryOnce } from "./read-history-once.js";
import type { RunEvaluation } from "./read-run-evaluations.js";
import { reportEvaluationProblem } from "./report-evaluation-problem.js";
import { rewriteEvaluationCheck, type JudgedRunEvaluation } from "./rewrite-evaluation-check.js";

/**
 * A run's evaluations reported: each model judged, then the gate `mlops/evaluation` first
 * (what `/promote` waits for) with every model's latest evaluation, then per model its
 * comment and cards, per problem its note.
 */
export async function postRunEvaluations(
  context: AppContext,
  at: { run: EvaluationRun; pullNumber: number; appId: number; botLogin: string },
  evaluations: readonly RunEvaluation[],
  config: Config,
): Promise<void> {
  const { run, pullNumber, botLogin } = at;
  const { owner, repo } = run;
  // One read of the deployment history for every model judged below (this run's and the others').
  const environment = config.rollout.environment;
  const history = readHistoryOnce(context.octokit, { owner, repo, environment }, botLogin);
  const judged: JudgedRunEvaluation[] = [];
  for (const { source, outcome } of evaluations)
    judged.push(
      outcome.kind === "evaluate"
        ? {
            source,
            kind: "model",
            judged: await judgeEvaluation(
              history,
              { completedAt: run.completedAt },
              outcome.file,
              config,
            ),
          }
        : { source, kind: "problem", code: outcome.code, message: outcome.message },
    );
  const target = { owner, repo, headSha: run.headSha, appId: at.appId, detailsUrl: run.url };
  const check = await rewriteEvaluationCheck(context, target, judged, {
    config,
    botLogin,
    history,
  });
  context.log.info(
    {
      run: run.id,
      pull: pullNumber,
      models: Object.keys(check.record.models),
      check: check.action,
    },
    "evaluation check written",
  );
  for (const item of judged)
    if (item.kind === "model") await postEvaluation(context, run, pullNumber, item.judged, config);
    else
      await reportEvaluationProblem(
        context,
        run,
        pullNumber,
        { ...item, artifact: item.source.artifact },
        config.metrics,
      );
}
