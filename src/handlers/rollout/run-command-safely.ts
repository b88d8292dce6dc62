import type { Command } from "../../domain/commands/command.js";
import { renderTemplate } from "../../render/render-template.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput, CommandOutcome } from "./command-input.js";
import { runCommand } from "./run-command.js";

/**
 * Runs a command and turns a GitHub API failure into a refusal the person sees (what failed, and
 * that typing the command again is safe), keeping the error for the caller to rethrow so the
 * delivery is marked failed for the operator.
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
    const status = (error as { status?: unknown }).status;
    const reply = renderTemplate("command-error.md", {
      command: input.text,
      status: typeof status === "number" ? status : null,
      message: error instanceof Error ? error.message.slice(0, 300) : "unknown error",
    }).trimEnd();
    return { ok: false, reply, error };
  }
}
