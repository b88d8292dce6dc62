import type { executeRollback } from "../rollout/execute-rollback.js";
import type { KeyedLock } from "../support/keyed-lock.js";

/** Rolls the model's unfinished rollout back exactly as `/rollback` does (and replies on the PR). */
export type ExecuteRollback = typeof executeRollback;

/** What the alert handler is given once per app instance (registerAlerts makes them). */
export interface AlertDeps {
  /** One incident per model and kind when deliveries arrive at the same moment. */
  lock: KeyedLock;
  botLogin: () => Promise<string>;
  rollback: ExecuteRollback;
  /** The alert's time: a dispatch carries none, so it is when the app receives it. */
  now: () => Date;
}
