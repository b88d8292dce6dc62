import type { Command, CommandInstant, InvalidCommand } from "./command.js";
import { parseInstant } from "./parse-instant.js";
import { MAX_ECHOED_COMMAND, shortenEcho } from "./shorten-echo.js";

const USAGE = "/mlops live takes --env <environment> and --at <time>, both optional";
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /^\d{1,2}:\d{2}/;
/** GitHub refuses an environment name longer than this. */
export const MAX_ENVIRONMENT_NAME = 255;

/**
 * Reads the options of `/mlops live`: `--env E` and `--at T` (or `--env=E`), in any order, each
 * at most once; a value may be quoted. `--at 2026-10-01 14:00` is one value: people type the
 * space that ISO 8601 spells `T`.
 */
export function parseLiveArguments(typed: string, rest: string): Command {
  const tokens = Array.from(rest.matchAll(/"([^"]*)"|(\S+)/g), (m) => m[1] ?? m[2] ?? "");
  const invalid = (reason: InvalidCommand["reason"], message: string): InvalidCommand => ({
    type: "invalid",
    command: shortenEcho(typed, MAX_ECHOED_COMMAND),
    reason,
    message,
  });
  let env: string | null = null;
  let at: CommandInstant | null = null;
  const seen = new Set<string>();
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? "";
    const [flag = "", inline] = token.startsWith("--") ? splitInline(token) : [token];
    if (flag !== "--env" && flag !== "--at") {
      if (flag.startsWith("--"))
        return invalid("unknown-flag", `${shortenEcho(flag)} is not an option: ${USAGE}.`);
      return invalid("unexpected-argument", `"${shortenEcho(flag)}" is not an option: ${USAGE}.`);
    }
    if (seen.has(flag)) return invalid("duplicate-flag", `${flag} is given twice; give it once.`);
    seen.add(flag);
    let value = inline ?? tokens[index + 1];
    if (inline === undefined) index += 1;
    if (value === undefined || value === "" || value.startsWith("--")) {
      const example = flag === "--env" ? "--env production" : "--at 2026-10-01T14:00Z";
      return invalid("missing-flag-value", `${flag} needs a value, like ${example}.`);
    }
    if (flag === "--env") {
      if (value.length > MAX_ENVIRONMENT_NAME)
        return invalid(
          "bad-environment",
          `The --env value is ${value.length.toLocaleString("en-US")} characters long; GitHub environment names have at most ${MAX_ENVIRONMENT_NAME}. Give the environment's name, like --env production.`,
        );
      env = value;
      continue;
    }
    const next = tokens[index + 1];
    if (inline === undefined && DATE_ONLY.test(value) && next && TIME_OF_DAY.test(next)) {
      value = `${value} ${next}`;
      index += 1;
    }
    at = parseInstant(value);
    if (!at) {
      return invalid(
        "bad-time",
        `"${shortenEcho(value)}" is not a time. Use ISO 8601, like 2026-10-01T14:00Z, 2026-10-01T14:00:00+02:00, 2026-10-01 14:00 (UTC) or 2026-10-01 (midnight UTC).`,
      );
    }
  }
  return { type: "live", env, at };
}

function splitInline(token: string): [string, string | undefined] {
  const equals = token.indexOf("=");
  return equals === -1 ? [token, undefined] : [token.slice(0, equals), token.slice(equals + 1)];
}
