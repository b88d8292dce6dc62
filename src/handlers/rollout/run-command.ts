import type { Command } from "../../domain/commands/command.js";
import { renderCommandHelp } from "../../render/render-command-help.js";
import { renderCommandInvalid } from "../../render/render-command-reply.js";
import type { AppContext } from "../support/app-context.js";
import { checkPromoter } from "./check-promoter.js";
import type { CommandInput, CommandOutcome } from "./command-input.js";
import { refused } from "./refused.js";
import { resolvePull } from "./resolve-pull.js";
import { runLive } from "./run-live.js";
import { runPromote } from "./run-promote.js";
import { runRollback } from "./run-rollback.js";
import { runStatus } from "./run-status.js";

/**
 * Runs one command: the read-only ones at once; `/promote` and `/rollback` only for a
 * commenter with the `rollout.promoters` role, checked before anything else is read.
 */
export async function runCommand(
  context: AppContext,
  command: Command,
  input: CommandInput,
): Promise<CommandOutcome> {
  switch (command.type) {
    case "invalid":
      return {
        ok: false,
        reply: renderCommandInvalid({ command: command.command, message: command.message }),
      };
    case "help":
      return { ok: true, reply: renderCommandHelp(input.config.rollout) };
    case "live":
      return runLive(context, { ...input, env: command.env, at: command.at });
    default:
      break;
  }
  if (command.type !== "status") {
    const allowed = await checkPromoter(context, input);
    if (!allowed.ok) return refused(input.text, allowed.message);
  }
  const pull = await resolvePull(context, input);
  if (!pull.ok) return refused(input.text, pull.message);
  if (command.type === "promote")
    return runPromote(context, { ...input, pull: pull.number, percent: command.percent });
  if (command.type === "rollback")
    return runRollback(context, { ...input, pull: pull.number, reason: command.reason });
  return runStatus(context, { ...input, pull: pull.number });
}
