import type { Command } from "./command.js";
import { findCommandLines } from "./find-command-lines.js";
import { parseCommandLine } from "./parse-command-line.js";

/**
 * Finds the slash commands of ours in a comment body, in the order they appear. A command is a
 * line that starts with it (leading spaces allowed); lines in code blocks, inline code and
 * quotes are ignored, and so is any `/something` that is not ours. A command of ours with a bad
 * argument comes back as `invalid`, with a message that says the fix.
 */
export function parseCommands(body: string): Command[] {
  return findCommandLines(body)
    .map(parseCommandLine)
    .filter((command): command is Command => command !== null);
}
