import { describe, expect, test } from "vitest";
import type { Command } from "../../../src/domain/commands/command.js";
import { parseCommands } from "../../../src/domain/commands/parse-commands.js";

const promote = (percent: number | null): Command => ({ type: "promote", percent });
const rollback = (reason: string | null): Command => ({ type: "rollback", reason });
const live = (env: string | null, iso: string | null = null, assumedUtc = false): Command => ({
  type: "live",
  env,
  at: iso === null ? null : { iso, assumedUtc },
});

describe("parseCommands: which lines are commands", () => {
  test.each<[string, string, Command[]]>([
    ["empty comment", "", []],
    ["plain talk", "Looks good to me, ship it.", []],
    ["a bare command", "/promote", [promote(null)]],
    ["leading spaces", "   /promote 25%", [promote(25)]],
    [
      "a command after text lines in the same paragraph",
      "LGTM.\n/promote 5%\nThanks!",
      [promote(5)],
    ],
    ["a command not at the start of its line", "Please /promote 25%", []],
    [
      "several commands in one comment, in order",
      "/promote 5%\n\n/status\n/rollback oops",
      [promote(5), { type: "status" }, rollback("oops")],
    ],
    ["fenced code block", "```\n/promote 25%\n```", []],
    [
      "fenced code block with a language, then a real command",
      "```sh\n/promote 25%\n```\n/status",
      [{ type: "status" }],
    ],
    ["indented code block", "Text\n\n    /promote 25%", []],
    ["inline code at the start of the line", "`/promote 25%` is how you do it", []],
    ["inline code spanning into the line", "run `this\n/promote 25%` later", []],
    ["block quote", "> /promote 25%", []],
    [
      "block quote of a reply, then a command",
      "> /promote 25%\n\nagreed\n/promote 50%",
      [promote(50)],
    ],
    ["list item", "- /promote 25%", []],
    ["list item continuation line", "- step one\n  /promote 25%", []],
    ["heading", "# /status", []],
    ["HTML comment block", "<!--\n/promote 25%\n-->", []],
    ["inline HTML comment running over lines", "note <!--\n/promote 25%\n-->", []],
    ["emphasised command", "*/promote 25%*", []],
    ["escaped slash", "\\/promote 25%", []],
    ["unknown /something is not ours", "/deploy now\n/lgtm", []],
    ["a command word glued to more text is not ours", "/promoted\n/promote25\n/statuses", []],
    ["command word in another case", "/Promote 25%\n/STATUS", [promote(25), { type: "status" }]],
    [
      "CRLF line endings",
      "Ship it\r\n/promote 25%\r\n\r\n/status\r\n",
      [promote(25), { type: "status" }],
    ],
    ["inside an HTML details block", "<details>\n\n/status\n\n</details>", [{ type: "status" }]],
  ])("%s", (_name, body, expected) => {
    expect(parseCommands(body)).toEqual(expected);
  });
});

describe("parseCommands: arguments", () => {
  test.each<[string, Command[]]>([
    ["/promote", [promote(null)]],
    ["/promote 25%", [promote(25)]],
    ["/promote 25", [promote(25)]],
    ["/promote 100%", [promote(100)]],
    ["/promote 12.5%", [promote(12.5)]],
    ["/promote 25 %", [promote(25)]],
    ["/promote   5%   ", [promote(5)]],
    ["/rollback", [rollback(null)]],
    ["/rollback   ", [rollback(null)]],
    [
      "/rollback latency p95 doubled, see `grafana`",
      [rollback("latency p95 doubled, see `grafana`")],
    ],
    ["/status", [{ type: "status" }]],
    ["/status please", [{ type: "status" }]],
    ["/mlops", [{ type: "help" }]],
    ["/mlops help", [{ type: "help" }]],
    ["/mlops HELP me", [{ type: "help" }]],
    ["/mlops live", [live(null)]],
    ["/mlops live --env staging", [live("staging")]],
    ["/mlops live --env=staging", [live("staging")]],
    ['/mlops live --env "eu west"', [live("eu west")]],
    ["/mlops live --at 2026-10-01T14:00Z", [live(null, "2026-10-01T14:00:00.000Z")]],
    [
      "/mlops live --at 2026-10-01T14:00:00+02:00 --env production",
      [live("production", "2026-10-01T12:00:00.000Z")],
    ],
    ["/mlops live --at 2026-10-01 14:00", [live(null, "2026-10-01T14:00:00.000Z", true)]],
    ['/mlops live --at "2026-10-01 14:00"', [live(null, "2026-10-01T14:00:00.000Z", true)]],
    ["/mlops live --at=2026-10-01", [live(null, "2026-10-01T00:00:00.000Z", true)]],
    ["/mlops live --at 2026-10-01 --env prod", [live("prod", "2026-10-01T00:00:00.000Z", true)]],
  ])("%s", (body, expected) => {
    expect(parseCommands(body)).toEqual(expected);
  });
});

describe("parseCommands: bad arguments are ours, invalid, with the fix", () => {
  test.each<[string, string, RegExp]>([
    ["/promote abc", "bad-percent", /"abc" is not a percentage.*\/promote 25%/],
    ["/promote -5%", "bad-percent", /"-5%" is not a percentage/],
    ["/promote 150%", "percent-out-of-range", /150% is not a step.*between 1% and 100%/],
    ["/promote 0", "percent-out-of-range", /0% is not a step.*\/rollback/],
    ["/promote 25 50", "unexpected-argument", /one step and nothing after it, like \/promote 25\./],
    ["/promote 25% now please", "unexpected-argument", /one step/],
    ["/mlops foo", "unknown-subcommand", /\/mlops foo is not a command.*\/mlops help/],
    ["/mlops live --at yesterday", "bad-time", /"yesterday" is not a time.*2026-10-01T14:00Z/],
    ["/mlops live --at 2026-02-30", "bad-time", /"2026-02-30" is not a time/],
    ["/mlops live --at", "missing-flag-value", /--at needs a value, like --at 2026/],
    ["/mlops live --env", "missing-flag-value", /--env needs a value, like --env production/],
    ["/mlops live --env --at 2026-10-01", "missing-flag-value", /--env needs a value/],
    ["/mlops live --env=", "missing-flag-value", /--env needs a value/],
    ["/mlops live --since 2026-10-01", "unknown-flag", /--since is not an option/],
    [
      "/mlops live production",
      "unexpected-argument",
      /"production" is not an option.*--env <environment>/,
    ],
    ["/mlops live --env a --env b", "duplicate-flag", /--env is given twice/],
  ])("%s → %s", (body, reason, message) => {
    const [command, ...more] = parseCommands(body);
    expect(more).toEqual([]);
    expect(command).toMatchObject({ type: "invalid", command: body, reason });
    expect(command?.type === "invalid" && command.message).toMatch(message);
  });

  test("the command is quoted as typed, trimmed", () => {
    expect(parseCommands("  /promote abc  ")).toMatchObject([
      { type: "invalid", command: "/promote abc" },
    ]);
  });
});

test("a /rollback reason as long as a comment can be is cut to 500 characters, never refused", () => {
  // The payload and the reply carry the reason; the status description takes its start.
  expect(parseCommands(`/rollback ${"x".repeat(65_000)}`)).toEqual([
    rollback(`${"x".repeat(499)}…`),
  ]);
  expect(parseCommands(`/rollback ${"é".repeat(500)}`)).toEqual([rollback("é".repeat(500))]);
});
