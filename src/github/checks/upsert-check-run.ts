import type { ProbotOctokit } from "probot";
import { findAppCheckRun, type AppCheckRun } from "./find-app-check-run.js";

/**
 * GitHub's limit on a check run's `output.summary` and `output.text`, in bytes of UTF-8
 * (422 "exceeds a maximum bytesize of 65535"; the REST docs say characters, github/docs#35252).
 */
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

/**
 * The text cut to GitHub's byte limit, at a character boundary, with a line saying so: the
 * last guard, for text its renderer could not shorten by itself.
 */
export function clampCheckOutput(text: string): string {
  const encoded = Buffer.from(text, "utf8");
  if (encoded.byteLength <= MAX_CHECK_OUTPUT) return text;
  const note = "\n\n… (the rest was left out: GitHub keeps 65,535 bytes of a check's output)";
  let end = MAX_CHECK_OUTPUT - Buffer.byteLength(note, "utf8");
  // Back to the first byte of a character: a UTF-8 continuation byte is 0b10xxxxxx.
  while (end > 0 && ((encoded[end] ?? 0) & 0xc0) === 0x80) end--;
  return encoded.subarray(0, end).toString("utf8") + note;
}

const clamp = clampCheckOutput;

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
 * `found` is the app's run as the caller already read it (undefined: look it up here).
 */
export async function upsertCheckRun(
  octokit: ChecksClient,
  target: CheckRunTarget,
  result: CheckRunResult,
  found?: AppCheckRun | null,
): Promise<{ id: number; action: "created" | "updated" | "unchanged" }> {
  const { owner, repo, headSha, name, appId } = target;
  const output = {
    title: result.title,
    summary: clamp(result.summary),
    ...(result.text !== undefined ? { text: clamp(result.text) } : {}),
  };
  const existing =
    found !== undefined
      ? found
      : await findAppCheckRun(octokit, { owner, repo, sha: headSha, name, appId });
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
