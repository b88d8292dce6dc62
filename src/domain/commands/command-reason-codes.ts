/**
 * Why a command of ours was refused at parse time: a closed list, so templates and tests can
 * name every case. Each `invalid` command carries one, with a message that says the fix.
 */
export const commandReasonCodes = [
  "bad-percent",
  "percent-out-of-range",
  "unexpected-argument",
  "unknown-subcommand",
  "unknown-flag",
  "missing-flag-value",
  "duplicate-flag",
  "bad-time",
  "bad-environment",
] as const;

/** One of {@link commandReasonCodes}. */
export type CommandReasonCode = (typeof commandReasonCodes)[number];
