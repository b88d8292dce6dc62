import type { Command, CommandInstant, InvalidCommand } from "./command.js";
import { parseInstant } from "./parse-instant.js";

const USAGE = "/mlops live takes --env <environment> and --at <time>, both optional";
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /^\d{1,2}:\d{2}/;

/**
 * Reads the options of `/mlops live`: `--env E` and `--at T` (or `--env=E`), in any order, each
 * at most once; a value may be quoted. `--at 2026-10-01 14:00` is one value: people type the
 * space that ISO 8601 spells `T`.
 */
export function parseLiveArguments(typed: string, rest: string): Command {
  const tokens = Array.from(rest.matchAll(/"([^"]*)"|(\S+)/g), (m) => m[1] ?? m[2] ?? "");
  const invalid = (reason: InvalidCommand["reason"], message: string): InvalidCommand => ({
    type: "invalid",
    command: typed,
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
        return invalid("unknown-flag", `${flag} is not an option: ${USAGE}.`);
      return invalid("unexpected-argument", `"${flag}" is not an option: ${USAGE}.`);
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
        `"${value}" is not a time. Use ISO 8601, like 2026-10-01T14:00Z, 2026-10-01T14:00:00+02:00, 2026-10-01 14:00 (UTC) or 2026-10-01 (midnight UTC).`,
      );
    }
  }
  return { type: "live", env, at };
}

function splitInline(token: string): [string, string | undefined] {
  const equals = token.indexOf("=");
  return equals === -1 ? [token, undefined] : [token.slice(0, equals), token.slice(equals + 1)];
}
