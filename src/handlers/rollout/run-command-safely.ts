import type { Command } from "../../domain/commands/command.js";
import { renderTemplate } from "../../render/render-template.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput, CommandOutcome } from "./command-input.js";
import { runCommand } from "./run-command.js";
import { StepLeftUndoneError } from "./step-left-undone-error.js";

/** GitHub's error message, as much of it as a reply quotes. */
const MAX_ERROR_MESSAGE = 300;

/**
 * Runs a command and turns a GitHub API failure into a refusal the person sees, keeping the
 * error for the caller to rethrow so the delivery is marked failed for the operator. Before a
 * deployment exists, nothing was done and typing the command again is safe; after, the reply
 * names the deployment (traffic may already be moving) and what was left undone.
 */
export async function runCommandSafely(
  context: AppContext,
  command: Command,
  input: CommandInput,
): Promise<CommandOutcome & { error?: unknown }> {
  try {
    return await runCommand(context, command, input);
  } catch (error) {
    context.log.error({ err: error, command: input.text }, "command failed");
    return { ok: false, reply: errorReply(input.text, error), error };
  }
}

function errorReply(command: string, error: unknown): string {
  if (error instanceof StepLeftUndoneError) {
    const { step } = error;
    return renderTemplate("command-error-after-deployment.md", {
      ...step,
      command,
      rollback: step.rollout === 0,
      status: error.status,
      message: messageOf(error.cause),
      undone: Object.fromEntries(error.undone.map((part) => [part, true])),
    }).trimEnd();
  }
  const status = (error as { status?: unknown } | null)?.status;
  return renderTemplate("command-error.md", {
    command,
    status: typeof status === "number" ? status : null,
    message: messageOf(error),
  }).trimEnd();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, MAX_ERROR_MESSAGE) : "unknown error";
}
