import type { CommandReasonCode } from "./command-reason-codes.js";

/** An instant given with `--at`; `assumedUtc` when it had no zone, so the reply can say so. */
export interface CommandInstant {
  /** Normalised to UTC, `2026-10-01T14:00:00.000Z`. */
  iso: string;
  assumedUtc: boolean;
}

/** A slash command of ours found in a comment, or one of ours with a bad argument. */
export type Command =
  | { type: "promote"; percent: number | null }
  | { type: "rollback"; reason: string | null }
  | { type: "status" }
  | { type: "live"; env: string | null; at: CommandInstant | null }
  | { type: "help" }
  | { type: "invalid"; command: string; reason: CommandReasonCode; message: string };

/** The `invalid` member of {@link Command}. */
export type InvalidCommand = Extract<Command, { type: "invalid" }>;
