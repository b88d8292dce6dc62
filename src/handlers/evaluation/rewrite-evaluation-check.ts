import type { Config } from "../../config/schema.js";
import type { EvaluationProblemCode } from "../../domain/metrics/evaluation-problem.js";
import { encodeEvaluationRecord } from "../../domain/metrics/evaluation-record-marker.js";
import {
  decideEvaluationRecord,
  mergeEvaluation,
  type EvaluationRecord,
  type EvaluationSource,
} from "../../domain/metrics/evaluation-record.js";
import { readEvaluationRecord } from "../../github/checks/read-evaluation-record.js";
import { gateCheckNames } from "../../github/checks/read-gates.js";
import { upsertCheckRun } from "../../github/checks/upsert-check-run.js";
import {
  renderEvaluationCheck,
  type EvaluationCheckPart,
} from "../../render/render-evaluation-check.js";
import { renderEvaluationProblem } from "../../render/render-metrics-problem.js";
import { renderEvaluationSummary } from "../../render/render-metrics-summary.js";
import type { AppContext } from "../support/app-context.js";
import { judgeEvaluation, type JudgedMetrics } from "./judge-evaluation.js";
import { readHistoryOnce, type DeploymentHistory } from "./read-history-once.js";
import { readRunMetrics } from "./read-run-metrics.js";

/** One evaluation of the run at hand, read and judged (or the problem that stopped it). */
export type JudgedRunEvaluation = { source: EvaluationSource } & (
  | { kind: "model"; judged: JudgedMetrics }
  | { kind: "problem"; code: EvaluationProblemCode; message: string }
);

/** The commit's `mlops/evaluation` and the app it belongs to. */
export interface EvaluationCheckTarget {
  owner: string;
  repo: string;
  headSha: string;
  appId: number;
  detailsUrl?: string;
}

type Verdict = { model: string; source: EvaluationSource } & (
  { judged: JudgedMetrics } | { problem: { code: EvaluationProblemCode; message: string } }
);

/**
 * Rewrites `mlops/evaluation` of a commit from its record (kept in the check run itself, so
 * any replica answers the same): this run's news merged in, every other recorded model's
 * latest evaluation downloaded again and judged with the current config, the check passing
 * only when every model passes and no run is left unjudged. With no news (a re-run of the
 * check) every recorded model is judged again. Returns the record written.
 *
 * Why the other models are downloaded again rather than kept at the verdict the record holds
 * (3 requests and one download per other model; the deployment history is read once for all,
 * `input.history`): the config may have changed since (a tightened threshold on the default
 * branch), and so may the baseline (another version of the model went to 100 %); a recorded
 * `success` kept under the old thresholds would let the gate pass a model the current config
 * fails, and the check would mix verdicts of two configs. The summary also shows each model's
 * table, which a verdict alone cannot rebuild, and the byte budget is shared anew among the
 * models each time. A PR evaluates a few models, so the cost stays small; with one model no
 * artifact is read twice (the run's own evaluation is the news).
 */
export async function rewriteEvaluationCheck(
  context: AppContext,
  target: EvaluationCheckTarget,
  news: readonly JudgedRunEvaluation[],
  input: { config: Config; botLogin: string; history?: DeploymentHistory },
): Promise<{ record: EvaluationRecord; action: string }> {
  const { owner, repo, headSha, appId } = target;
  const environment = input.config.rollout.environment;
  const history =
    input.history ?? readHistoryOnce(context.octokit, { owner, repo, environment }, input.botLogin);
  const name = gateCheckNames.evaluation;
  const read = await readEvaluationRecord(context.octokit, { owner, repo, sha: headSha, appId });
  const existing = read.check;
  let record = read.record;
  for (const item of news)
    record = mergeEvaluation(
      record,
      item.kind === "model"
        ? {
            kind: "model",
            model: item.judged.file.model,
            entry: { ...item.source, verdict: item.judged.gate.conclusion },
          }
        : {
            kind: "problem",
            entry: { ...item.source, code: item.code, message: item.message.slice(0, 600) },
          },
    );
  const verdicts: Verdict[] = [];
  for (const [model, entry] of Object.entries(record.models).sort(([a], [b]) => a.localeCompare(b)))
    verdicts.push(
      await verdictOf(context, { owner, repo, model, entry }, news, { ...input, history }),
    );
  record = {
    ...record,
    models: Object.fromEntries(
      verdicts.map((v) => [
        v.model,
        { ...v.source, verdict: "judged" in v ? v.judged.gate.conclusion : ("failure" as const) },
      ]),
    ),
  };
  const parts = [
    ...verdicts.map((v) => partOf(v, input.config)),
    ...record.problems.map((p) =>
      partOf({ model: `run ${p.label}`, source: p, problem: p }, input.config),
    ),
  ];
  const written = await upsertCheckRun(
    context.octokit,
    { owner, repo, headSha, name, appId },
    {
      conclusion: decideEvaluationRecord(record),
      ...renderEvaluationCheck(parts),
      text: encodeEvaluationRecord(record),
      ...(target.detailsUrl !== undefined ? { detailsUrl: target.detailsUrl } : {}),
    },
    existing,
  );
  return { record, action: written.action };
}

/** A recorded model's latest evaluation: this run's judgement, else its artifact read again. */
async function verdictOf(
  context: AppContext,
  at: { owner: string; repo: string; model: string; entry: EvaluationSource },
  news: readonly JudgedRunEvaluation[],
  input: { config: Config; history: DeploymentHistory },
): Promise<Verdict> {
  const { owner, repo, model, entry } = at;
  const fresh = news.find(
    (n) =>
      n.kind === "model" &&
      n.judged.file.model === model &&
      n.source.run_id === entry.run_id &&
      n.source.artifact === entry.artifact,
  );
  if (fresh?.kind === "model") return { model, source: entry, judged: fresh.judged };
  const { metrics } = input.config;
  const read = await readRunMetrics(
    context.octokit.rest.actions,
    { owner, repo, id: entry.run_id },
    { artifact: entry.artifact ?? metrics.artifact, file: metrics.file },
  );
  if (!read.ok) return { model, source: entry, problem: read };
  if (read.file.model !== model)
    return {
      model,
      source: entry,
      problem: { code: "schema", message: `model: is now ${read.file.model}` },
    };
  const target = { completedAt: new Date(entry.completed_at) };
  return {
    model,
    source: entry,
    judged: await judgeEvaluation(input.history, target, read.file, input.config),
  };
}

function partOf(v: Verdict, config: Config): EvaluationCheckPart {
  const run = { label: v.source.label, url: v.source.url };
  if ("judged" in v)
    return {
      name: v.model,
      passed: v.judged.gate.conclusion === "success",
      render: (maxBytes) => renderEvaluationSummary({ ...v.judged, run }, maxBytes),
    };
  const details = {
    artifact: v.source.artifact ?? config.metrics.artifact,
    file: config.metrics.file,
    message: v.problem.message,
    run,
  };
  return {
    name: v.model,
    passed: false,
    render: () => renderEvaluationProblem(v.problem.code, details),
  };
}
