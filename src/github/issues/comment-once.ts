import { findComment } from "../comments/find-comment.js";
import type { CommentsClient, CommentTarget } from "../comments/comments-client.js";
import { fitGitHubBody } from "../../render/fit-github-text.js";

/**
 * Adds `body` to the issue unless one of the app's comments there already carries `marker`
 * (a redelivered webhook). Unlike `ensureComment`, a marked comment is never rewritten: its
 * text may hold a time the redelivery cannot reproduce. True when it wrote the comment. A
 * body over GitHub's limit is shortened, saying so, rather than refused.
 */
export async function commentOnce(
  octokit: CommentsClient,
  target: CommentTarget,
  marker: string,
  body: string,
): Promise<boolean> {
  if ((await findComment(octokit, target, marker)) !== null) return false;
  await octokit.rest.issues.createComment({ ...target, body: fitGitHubBody(body) });
  return true;
}
