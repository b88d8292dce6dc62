import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { configSchema } from "../../config/schema.js";
import { parseCommands } from "../../domain/commands/parse-commands.js";
import { shouldIgnoreComment } from "../../domain/commands/should-ignore-comment.js";
import { addReaction } from "../../github/reactions/add-reaction.js";
import { deploymentsKey, type KeyedLock } from "../support/keyed-lock.js";
import { reportConfigError } from "../support/report-config-error.js";
import { commandText } from "./command-text.js";
import { replyToCommand } from "./reply-to-command.js";
import { runCommandSafely } from "./run-command-safely.js";

/**
 * `issue_comment.created` on a PR or an `ml-deployment` issue: the first slash command of ours
 * gets 👀 at once, then runs (one at a time per repository in this process), then gets its reply
 * and 🚀 (done) or 👎 (refused). Edited comments, bots and other bots' commands are not ours.
 */
export function onCommandComment(deps: {
  botLogin: () => Promise<string>;
  appId: () => Promise<number>;
  lock: KeyedLock;
}) {
  return async (context: Context<"issue_comment.created">): Promise<void> => {
    const { action, comment, issue, sender } = context.payload;
    const event = { action, senderType: sender.type, userType: comment.user?.type };
    if (shouldIgnoreComment(event)) return;
    const command = parseCommands(comment.body)[0];
    if (!command) return;
    const { owner, repo } = context.repo();
    const onPull = Boolean(issue.pull_request);
    const loaded = await loadConfig(context);
    const label = (loaded.ok ? loaded.config : configSchema.parse({})).labels.deployment;
    // GitHub label names are case-insensitive: `ML-Deployment` is the same label.
    const labelled = issue.labels?.some((l) => l.name.toLowerCase() === label.toLowerCase());
    if (!onPull && !labelled) return;
    const thread = { owner, repo, issue_number: issue.number };
    const reacted = { owner, repo, commentId: comment.id };
    await addReaction(context.octokit, reacted, "eyes");
    if (!loaded.ok) {
      await reportConfigError(context, thread, loaded.error);
      return addReaction(context.octokit, reacted, "-1");
    }
    const input = {
      ...{ owner, repo, thread: issue.number, onPull, commentId: comment.id },
      ...{ text: commandText(command), user: comment.user?.login ?? sender.login },
      ...{ config: loaded.config, botLogin: await deps.botLogin(), appId: await deps.appId() },
    };
    const outcome = await deps.lock.run(deploymentsKey(owner, repo), () =>
      runCommandSafely(context, command, input),
    );
    if (outcome.reply !== null) await replyToCommand(context, thread, comment.id, outcome.reply);
    await addReaction(context.octokit, reacted, outcome.ok ? "rocket" : "-1");
    if (outcome.error !== undefined) throw outcome.error;
  };
}
