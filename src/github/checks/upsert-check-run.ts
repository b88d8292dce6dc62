import type { ProbotOctokit } from "probot";
import { findAppCheckRun } from "./find-app-check-run.js";

/** GitHub's limit on a check run's `output.summary` and `output.text`. */
export const MAX_CHECK_OUTPUT = 65_535;

/** What a check run shows. */
export interface CheckRunResult {
  conclusion: "success" | "failure" | "neutral" | "action_required";
  title: string;
  summary: string;
  text?: string;
  detailsUrl?: string;
}

type Octokit = InstanceType<typeof ProbotOctokit>;

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface ChecksClient {
  rest: { checks: Pick<Octokit["rest"]["checks"], "listForRef" | "create" | "update"> };
}

function clamp(text: string): string {
  const note = "\n\n… (shortened to GitHub's limit)";
  return text.length <= MAX_CHECK_OUTPUT
    ? text
    : text.slice(0, MAX_CHECK_OUTPUT - note.length) + note;
}

/** Where a check run goes: its name on a SHA, among the runs of this app. */
export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  /** This app's id: another app's run of the same name is not ours to update (403). */
  appId: number;
}

/**
 * One check run per name and SHA of this app: updated in place when it exists, created
 * otherwise, and left alone when it already says the same (a redelivered webhook changes
 * nothing). A run of the same name by another app (an Actions job) is never looked at.
 */
export async function upsertCheckRun(
  octokit: ChecksClient,
  target: CheckRunTarget,
  result: CheckRunResult,
): Promise<{ id: number; action: "created" | "updated" | "unchanged" }> {
  const { owner, repo, headSha, name, appId } = target;
  const output = {
    title: result.title,
    summary: clamp(result.summary),
    ...(result.text !== undefined ? { text: clamp(result.text) } : {}),
  };
  const existing = await findAppCheckRun(octokit, { owner, repo, sha: headSha, name, appId });
  const fields = {
    status: "completed" as const,
    conclusion: result.conclusion,
    output,
    ...(result.detailsUrl ? { details_url: result.detailsUrl } : {}),
  };
  if (!existing) {
    const { data: created } = await octokit.rest.checks.create({
      owner,
      repo,
      name,
      head_sha: headSha,
      ...fields,
    });
    return { id: created.id, action: "created" };
  }
  const same =
    existing.conclusion === result.conclusion &&
    existing.output.title === output.title &&
    existing.output.summary === output.summary &&
    (existing.output.text ?? undefined) === output.text;
  if (same) return { id: existing.id, action: "unchanged" };
  await octokit.rest.checks.update({ owner, repo, check_run_id: existing.id, ...fields });
  return { id: existing.id, action: "updated" };
}
