import type { LabelKeeper } from "../labels/create-label-keeper.js";
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
  /** The app's labels, created where missing before the first issue an alert opens in a repository. */
  labels: LabelKeeper;
  /** When the app received the dispatch: the alert's time when its payload gives no `at`. */
  now: () => Date;
}
