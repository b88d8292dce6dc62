import type { Command } from "./command.js";
import { MAX_ECHOED_COMMAND, shortenEcho } from "./shorten-echo.js";

const PERCENT = /^(\d+(?:\.\d+)?)\s*%?$/;

/**
 * Reads what follows `/promote`: nothing (the next configured step), `25%` or `25`. Anything
 * more is refused rather than guessed at, since this moves production traffic: `/promote 25 50`
 * or `/promote 25% now` get a message, not a deployment. Whether the step is configured is the
 * rollout's to decide; here only 0 < percent ≤ 100 is checked.
 */
export function parsePromoteArguments(typed: string, rest: string): Command {
  const argument = rest.trim();
  if (argument === "") return { type: "promote", percent: null };
  const match = PERCENT.exec(argument);
  if (!match) {
    const first = argument.split(/\s+/)[0] ?? "";
    if (PERCENT.test(first)) {
      return {
        type: "invalid",
        command: shortenEcho(typed, MAX_ECHOED_COMMAND),
        reason: "unexpected-argument",
        message: `/promote takes one step and nothing after it, like /promote ${shortenEcho(first)}.`,
      };
    }
    return {
      type: "invalid",
      command: shortenEcho(typed, MAX_ECHOED_COMMAND),
      reason: "bad-percent",
      message: `"${shortenEcho(first)}" is not a percentage. Type a configured step, like /promote 25%, or /promote alone for the next step.`,
    };
  }
  const percent = Number(match[1]);
  if (percent <= 0 || percent > 100) {
    const fix =
      percent === 0
        ? "To send all traffic back to the stable version, use /rollback followed by the reason."
        : "Type a configured step between 1% and 100%, like /promote 25%.";
    return {
      type: "invalid",
      command: shortenEcho(typed, MAX_ECHOED_COMMAND),
      reason: "percent-out-of-range",
      message: `${percent}% is not a step of a rollout. ${fix}`,
    };
  }
  return { type: "promote", percent };
}
