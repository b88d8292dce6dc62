import type { EvaluationProblemCode } from "./evaluation-problem.js";

/** Where an evaluation came from: a workflow run and (when it uploaded one) its artifact. */
export interface EvaluationSource {
  run_id: number;
  /** The artifact holding the metrics file; null for a run that uploaded none. */
  artifact: string | null;
  /** The run's workflow file: a later run of the same file and artifact replaces a problem. */
  path: string;
  /** When the run completed (ISO 8601): the latest one is a model's evaluation. */
  completed_at: string;
  /** The run as people name it (`#12`) and its page, for the check's links. */
  label: string;
  url: string;
}

/** A model's latest evaluation on a commit and its verdict. */
export interface ModelEvaluation extends EvaluationSource {
  verdict: "success" | "failure";
}

/** An evaluation that could not be judged: its model is unknown (no readable file). */
export interface RunProblem extends EvaluationSource {
  code: EvaluationProblemCode;
  /** What the reader said, shortened: shown again when the check is rewritten. */
  message: string;
}

/**
 * What `mlops/evaluation` on a commit stands for, kept in the check run itself (GitHub is the
 * store): each model's latest evaluation, and the runs that could not be judged.
 */
export interface EvaluationRecord {
  models: Record<string, ModelEvaluation>;
  problems: RunProblem[];
}

/** News from one completed run: a model judged, or a problem. */
export type EvaluationNews =
  { kind: "model"; model: string; entry: ModelEvaluation } | { kind: "problem"; entry: RunProblem };

/** Problems kept at most: the newest; a commit with more has a broken workflow anyway. */
const MAX_PROBLEMS = 20;

/** An empty record: no evaluation yet. */
export const emptyEvaluationRecord: EvaluationRecord = { models: {}, problems: [] };

/**
 * Whether `a` completed after `b` (or is the same run again: a redelivery, a re-run). GitHub's
 * timestamps have seconds: two runs of the same second are told apart by id, the later one
 * having been created later.
 */
function notEarlier(a: EvaluationSource, b: EvaluationSource): boolean {
  const at = Date.parse(a.completed_at);
  const bt = Date.parse(b.completed_at);
  return at > bt || (at === bt && a.run_id >= b.run_id);
}

const sameTime = (a: EvaluationSource, b: EvaluationSource) =>
  a.run_id === b.run_id && a.completed_at === b.completed_at;

const sameSource = (a: EvaluationSource, b: EvaluationSource) =>
  a.run_id === b.run_id && a.artifact === b.artifact;

/**
 * Whether `later` replaces `earlier` as news of the same origin: the same run (a re-run, a
 * redelivery), or a later run of the same workflow file with the same artifact; a run that
 * uploaded none matches any artifact of its workflow file (which model it would have
 * evaluated is unknown, so its failure stands for the file's models, and any later
 * evaluation of that file settles it).
 */
function supersedes(later: EvaluationSource, earlier: EvaluationSource): boolean {
  const sameArtifact =
    later.artifact === null || earlier.artifact === null || later.artifact === earlier.artifact;
  const sameOrigin = sameSource(later, earlier) || (later.path === earlier.path && sameArtifact);
  return sameOrigin && notEarlier(later, earlier);
}

/**
 * The record with one run's news merged in. A model's entry is replaced only by a run that
 * completed later (or the same run again), so that deliveries arriving out of order end on
 * the run that completed last. Pure: the caller reads the record from the check run and
 * writes the result back.
 */
export function mergeEvaluation(record: EvaluationRecord, news: EvaluationNews): EvaluationRecord {
  const problems = record.problems.filter((p) => !supersedes(news.entry, p));
  if (news.kind === "model") {
    const existing = record.models[news.model];
    if (existing && !notEarlier(news.entry, existing)) return record;
    // News older than a problem of its origin (a redelivery after a failed re-run) is stale.
    if (record.problems.some((p) => supersedes(p, news.entry) && !sameTime(p, news.entry)))
      return record;
    return { models: { ...record.models, [news.model]: news.entry }, problems };
  }
  const { entry } = news;
  // A later run of the same origin that could not be judged (a re-run that now fails, the
  // workflow's next run uploading nothing) replaces the model evaluation it gave before.
  const models = Object.fromEntries(
    Object.entries(record.models).filter(([, m]) => !supersedes(entry, m)),
  );
  const newest = [...problems, entry]
    .sort((a, b) => (notEarlier(a, b) ? 1 : -1))
    .slice(-MAX_PROBLEMS);
  return { models, problems: newest };
}

/** The check's conclusion: success only when every model passed and no run is left unjudged. */
export function decideEvaluationRecord(record: EvaluationRecord): "success" | "failure" {
  const models = Object.values(record.models);
  if (models.length === 0 || record.problems.length > 0) return "failure";
  return models.every((m) => m.verdict === "success") ? "success" : "failure";
}
