import { fitText, GITHUB_TEXT_LIMIT } from "../../domain/github-text-limit.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import { renderTemplate } from "../../render/render-template.js";
import type { AppContext } from "../support/app-context.js";

/** The hidden marker of the reply to one command (a comment id) or one automatic action. */
export function commandReplyMarker(key: number | string): string {
  return `<!-- mlops-bot:command ${String(key)} -->`;
}

/**
 * Replies once per command: the reply carries the command comment's id in a hidden marker, so a
 * redelivered command updates (or leaves) its reply instead of adding another. A body over
 * GitHub's comment limit is cut to fit, with a line saying so: GitHub would refuse it whole, and
 * the person would get no answer at all.
 */
export async function replyToCommand(
  context: AppContext,
  target: { owner: string; repo: string; issue_number: number },
  key: number | string,
  body: string,
): Promise<void> {
  const marker = commandReplyMarker(key);
  // `ensureComment` puts the marker and a line break first when the body lacks it.
  const room = GITHUB_TEXT_LIMIT - (body.includes(marker) ? 0 : marker.length + 1);
  const closing = renderTemplate("command-reply-shortened.md", {
    limit: GITHUB_TEXT_LIMIT.toLocaleString("en-US"),
  });
  await ensureComment(context.octokit, target, marker, fitText(body, room, closing));
}
