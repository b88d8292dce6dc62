import type { Command } from "../../domain/commands/command.js";
import { MAX_ECHOED_COMMAND, shortenEcho } from "../../domain/commands/shorten-echo.js";

/**
 * The command as a reply quotes it: its canonical spelling, e.g. `/promote 25%`; a long
 * `/rollback` reason is cut (the reply gives the reason whole).
 */
export function commandText(command: Command): string {
  switch (command.type) {
    case "promote":
      return command.percent === null ? "/promote" : `/promote ${command.percent}%`;
    case "rollback":
      return command.reason === null
        ? "/rollback"
        : shortenEcho(`/rollback ${command.reason}`, MAX_ECHOED_COMMAND);
    case "status":
      return "/status";
    case "help":
      return "/mlops help";
    case "live":
      return [
        "/mlops live",
        command.env && `--env ${command.env}`,
        command.at && `--at ${command.at.iso}`,
      ]
        .filter(Boolean)
        .join(" ");
    case "invalid":
      return command.command;
  }
}
