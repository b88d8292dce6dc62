/**
 * Why `planPromote` or `planRollback` refused a `/promote` or `/rollback`: a closed list, so
 * tests and callers can name every case (an alert's rollback stays quiet on
 * `nothing-to-roll-back`). A commenter without the role is refused before planning, by the handler.
 */
export type RolloutReasonCode =
  | "pr-closed"
  | "pr-from-fork"
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
  reason: Exclude<RolloutReasonCode, "pr-from-fork">;
  /** Plain text (no Markdown) saying what is wrong and how to fix it. */
  message: string;
}

/**
 * `/promote` on a PR whose head is a fork, with `rollout.allow_forks` off: the deploy workflow
 * would run the fork's code with the environment's secrets. Its words are the template
 * `rollout-refused-pr-from-fork.md`'s, filled from these facts.
 */
export interface ForkRefusal {
  ok: false;
  reason: "pr-from-fork";
  pullRequest: number;
  /** `owner/name` of the fork; null when it was deleted. */
  headRepository: string | null;
  environment: string;
}

/** Any refused `/promote`. */
export type PromoteRefusal = RolloutRefusal | ForkRefusal;
