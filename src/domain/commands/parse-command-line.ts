import type { Command } from "./command.js";
import { parseLiveArguments } from "./parse-live-arguments.js";
import { parsePromoteArguments } from "./parse-promote-arguments.js";
import { MAX_ECHOED_COMMAND, shortenEcho } from "./shorten-echo.js";

/**
 * How much of a `/rollback` reason is kept. The reason goes into the deployment's payload (read
 * back with every listing of the environment's history) and the reply quotes it whole; a comment
 * can be 65,536 characters on one line. Past this bound it is cut (never refused: a rollback
 * always works). The status description takes only its first characters (140 at most).
 */
export const MAX_ROLLBACK_REASON = 500;

/**
 * Reads one line that starts with `/`. Returns null when the command is not ours (an unknown
 * `/something` belongs to another bot or to nobody, and gets no reply). The command word is
 * matched without regard to case; it must be followed by whitespace or the end of the line.
 */
export function parseCommandLine(line: string): Command | null {
  const typed = line.trim();
  const [word, rest] = splitWord(typed);
  switch (word.toLowerCase()) {
    case "/promote":
      return parsePromoteArguments(typed, rest);
    case "/rollback":
      return { type: "rollback", reason: shortenEcho(rest.trim(), MAX_ROLLBACK_REASON) || null };
    // Read-only commands ignore trailing words: "/status please" should still answer.
    case "/status":
      return { type: "status" };
    case "/mlops":
      return parseMlops(typed, rest);
    default:
      return null;
  }
}

function parseMlops(typed: string, rest: string): Command {
  const [sub, subRest] = splitWord(rest.trim());
  switch (sub.toLowerCase()) {
    case "":
    case "help":
      return { type: "help" };
    case "live":
      return parseLiveArguments(typed, subRest);
    default:
      return {
        type: "invalid",
        command: shortenEcho(typed, MAX_ECHOED_COMMAND),
        reason: "unknown-subcommand",
        message: `/mlops ${shortenEcho(sub)} is not a command. Type /mlops help for the list.`,
      };
  }
}

function splitWord(text: string): [string, string] {
  const end = text.search(/\s/);
  return end === -1 ? [text, ""] : [text.slice(0, end), text.slice(end)];
}
