import { ensureComment } from "../../github/comments/ensure-comment.js";
import type { AppContext } from "../support/app-context.js";

/** The hidden marker of the reply to one command (a comment id) or one automatic action. */
export function commandReplyMarker(key: number | string): string {
  return `<!-- mlops-bot:command ${String(key)} -->`;
}

/**
 * Replies once per command: the reply carries the command comment's id in a hidden marker, so a
 * redelivered command updates (or leaves) its reply instead of adding another. A body over
 * GitHub's comment limit is cut to fit by `ensureComment`, with a line saying so: GitHub would
 * refuse it whole, and the person would get no answer at all.
 */
export async function replyToCommand(
  context: AppContext,
  target: { owner: string; repo: string; issue_number: number },
  key: number | string,
  body: string,
): Promise<void> {
  await ensureComment(context.octokit, target, commandReplyMarker(key), body);
}
