/**
 * Why a `/promote` or `/rollback` was refused: a closed list, so templates and tests can name
 * every case. `no-permission` is decided by the handler (from the collaborator permission API),
 * the rest by `planPromote` / `planRollback`.
 */
export const rolloutReasonCodes = [
  "no-permission",
  "pr-closed",
  "no-deployment-issue",
  "rollout-of-other-version-in-progress",
  "already-complete",
  "no-next-step",
  "not-a-step",
  "already-at-step",
  "not-above-current",
  "gate-failing",
  "nothing-to-roll-back",
] as const;

/** One of {@link rolloutReasonCodes}. */
export type RolloutReasonCode = (typeof rolloutReasonCodes)[number];

/** A refused rollout command: nothing is deployed; the reply names the reason and the fix. */
export interface RolloutRefusal {
  ok: false;
  reason: RolloutReasonCode;
  /** Plain text (no Markdown) saying what is wrong and how to fix it. */
  message: string;
}
