import { GITHUB_TEXT_LIMIT } from "../../domain/github-text-limit.js";
import { fitGitHubBody } from "../../render/fit-github-text.js";
import type { CommentsClient, CommentTarget } from "./comments-client.js";
import { findComment } from "./find-comment.js";

/** GitHub rejects issue and PR comment bodies longer than this (in characters). */
export const MAX_COMMENT_LENGTH = GITHUB_TEXT_LIMIT;

/**
 * Makes the issue or PR carry exactly one comment marked with `marker` (a hidden HTML
 * comment such as `<!-- mlops-bot:metrics -->`) whose text is `body`: creates it,
 * updates it when the text changed, leaves it alone when unchanged, so a redelivered
 * webhook writes nothing. The marker is put first in the body when the body lacks it.
 * A body over GitHub's limit is shortened with a closing line that says so (GitHub would
 * refuse it with a 422 and the person would get nothing); callers should still cap what
 * they list, since the cut falls wherever the limit does.
 * A caller that has already looked the marked comment up passes it as `existing` (null
 * when there is none), so the PR's comments are not paged through twice; left out, it
 * is looked up here.
 */
export async function ensureComment(
  octokit: CommentsClient,
  target: CommentTarget,
  marker: string,
  body: string,
  existing?: { id: number; body: string } | null,
): Promise<{ action: "created" | "updated" | "unchanged"; id: number }> {
  if (marker.trim() === "")
    throw new Error("ensureComment needs a non-empty marker: every comment would match");
  const text = fitGitHubBody(body.includes(marker) ? body : `${marker}\n${body}`);
  const found = existing === undefined ? await findComment(octokit, target, marker) : existing;
  if (found === null) {
    const { data } = await octokit.rest.issues.createComment({ ...target, body: text });
    return { action: "created", id: data.id };
  }
  if (found.body === text) return { action: "unchanged", id: found.id };
  await octokit.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: found.id,
    body: text,
  });
  return { action: "updated", id: found.id };
}
