/**
 * Why `planPromote` or `planRollback` refused a `/promote` or `/rollback`: a closed list, so
 * tests and callers can name every case (an alert's rollback stays quiet on
 * `nothing-to-roll-back`). A commenter without the role is refused before planning, by the handler.
 */
export type RolloutReasonCode =
  | "pr-closed"
  | "no-deployment-issue"
  | "rollout-of-other-version-in-progress"
  | "already-complete"
  | "no-next-step"
  | "not-a-step"
  | "already-at-step"
  | "not-above-current"
  | "gate-failing"
  | "nothing-to-roll-back";

/** A refused rollout command: nothing is deployed; the reply names the reason and the fix. */
export interface RolloutRefusal {
  ok: false;
  reason: RolloutReasonCode;
  /** Plain text (no Markdown) saying what is wrong and how to fix it. */
  message: string;
}
