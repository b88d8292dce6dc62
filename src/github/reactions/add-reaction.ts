import type { ProbotOctokit } from "probot";

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface ReactionsClient {
  rest: { reactions: Pick<ProbotOctokit["rest"]["reactions"], "createForIssueComment"> };
}

/** The reactions a command gets: 👀 taken, 🚀 done, 👎 refused. */
export type CommandReaction = "eyes" | "rocket" | "-1";

/**
 * Reacts to a comment as the app. GitHub answers 200 with the existing reaction when the app
 * already reacted so: a redelivery adds nothing.
 */
export async function addReaction(
  octokit: ReactionsClient,
  target: { owner: string; repo: string; commentId: number },
  content: CommandReaction,
): Promise<void> {
  await octokit.rest.reactions.createForIssueComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: target.commentId,
    content,
  });
}
