import { expect, test } from "vitest";
import { commandReasonCodes } from "../../../src/domain/commands/command-reason-codes.js";
import { parseCommands } from "../../../src/domain/commands/parse-commands.js";

// One body per reason: the closed list has no code that the parser cannot produce.
const examples: Record<(typeof commandReasonCodes)[number], string> = {
  "bad-percent": "/promote abc",
  "percent-out-of-range": "/promote 150%",
  "unexpected-argument": "/promote 25 50",
  "unknown-subcommand": "/mlops foo",
  "unknown-flag": "/mlops live --foo x",
  "missing-flag-value": "/mlops live --env",
  "duplicate-flag": "/mlops live --at 2026-10-01 --at 2026-10-02",
  "bad-time": "/mlops live --at tomorrow",
  "bad-environment": `/mlops live --env ${"e".repeat(256)}`,
};

test.each(commandReasonCodes.map((code) => [code, examples[code]] as const))(
  "%s is produced by %s",
  (code, body) => {
    expect(parseCommands(body)).toMatchObject([{ type: "invalid", reason: code }]);
  },
);
