import type { Config } from "../../config/schema.js";

/** A command the app took, with where it was typed and who typed it. */
export interface CommandInput {
  owner: string;
  repo: string;
  /** The PR or deployment issue the comment is on. */
  thread: number;
  /** Whether `thread` is a PR (else an `ml-deployment` issue). */
  onPull: boolean;
  commentId: number;
  /** The command as the reply quotes it, e.g. `/promote 25%`. */
  text: string;
  user: string;
  config: Config;
  botLogin: string;
  /** This app's id: only its own check runs count as gates. */
  appId: number;
}

/** How a command ended: done (🚀) or refused (👎), and the reply for the thread (null: sent). */
export interface CommandOutcome {
  ok: boolean;
  reply: string | null;
}
