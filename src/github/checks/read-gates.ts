import { decodeEvaluationRecord } from "../../domain/metrics/evaluation-record-marker.js";
import { findAppCheckRun, type AppCheckRun, type CheckRunsReader } from "./find-app-check-run.js";

/** The gates of `rollout.require` and the check run that holds each. */
export const gateCheckNames = {
  checklist: "mlops/checklist",
  evaluation: "mlops/evaluation",
} as const;

export type GateName = keyof typeof gateCheckNames;

/** One gate for a SHA: passing, and what to tell a person. */
export interface GateState {
  name: GateName;
  ok: boolean;
  detail: string;
}

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export type GatesClient = CheckRunsReader;

/** The commit whose gates are read, and the app whose check runs alone count. */
export interface GatesTarget {
  owner: string;
  repo: string;
  sha: string;
  /** This app's id: a run of the same name by anyone else (an Actions job) is not a gate. */
  appId: number;
  /**
   * The model being promoted: the `evaluation` gate is then that model's latest evaluation
   * (from the record `mlops/evaluation` keeps), not the verdict over every model of the PR.
   */
  model?: string;
}

/**
 * Reads the gates for a commit from the check runs the app wrote on it: GitHub is the
 * store, so any replica answers the same. Only the app's own runs count (`app_id`): any
 * workflow with `checks: write` can create a run named `mlops/evaluation`. A gate passes
 * only on a `success` conclusion; a missing run says which workflow or edit would create it.
 */
export async function readGates(
  octokit: GatesClient,
  target: GatesTarget,
  require: readonly GateName[],
): Promise<GateState[]> {
  return Promise.all(
    require.map(async (name): Promise<GateState> => {
      const run = await findAppCheckRun(octokit, { ...target, name: gateCheckNames[name] });
      if (!run)
        return {
          name,
          ok: false,
          detail: `no ${gateCheckNames[name]} check run on ${target.sha.slice(0, 7)} yet`,
        };
      const title = run.output.title ?? "";
      if (run.status !== "completed")
        return { name, ok: false, detail: `${gateCheckNames[name]} is still running` };
      if (name === "evaluation" && target.model !== undefined)
        return modelGate(run, target.model, target.sha) ?? wholeGate(name, run, title);
      return wholeGate(name, run, title);
    }),
  );
}

function wholeGate(name: GateName, run: AppCheckRun, title: string): GateState {
  return {
    name,
    ok: run.conclusion === "success",
    detail: `${gateCheckNames[name]}: ${run.conclusion ?? "pending"}${title ? ` — ${title}` : ""}`,
  };
}

/**
 * One model's evaluation gate from the check's record; null for a check with no record (one
 * written before records, or for a config error), which is judged whole.
 */
function modelGate(run: AppCheckRun, model: string, sha: string): GateState | null {
  const record = decodeEvaluationRecord(run.output.text);
  if (Object.keys(record.models).length === 0 && record.problems.length === 0) return null;
  const entry = record.models[model];
  const check = gateCheckNames.evaluation;
  if (!entry)
    return {
      name: "evaluation",
      ok: false,
      detail: `${check}: no evaluation of ${model} on ${sha.slice(0, 7)}`,
    };
  return {
    name: "evaluation",
    ok: entry.verdict === "success",
    detail: `${check} for ${model}: ${entry.verdict} (run ${entry.label})`,
  };
}
