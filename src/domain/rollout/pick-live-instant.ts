import type { CommandInstant } from "../commands/command.js";

/** The instant `/mlops live` answers for, and the one asked for when that was in the future. */
export interface LiveInstant {
  /** ISO 8601, UTC. */
  iso: string;
  /** The `--at` asked for, when it had not come yet (the answer is then for now); else null. */
  future: string | null;
}

/**
 * Which instant `/mlops live` answers for: `--at` when given and not after `now`; otherwise now.
 * A time that has not come has no "was live" answer, and the history cannot know the future:
 * the reply says so and gives what is live now, rather than presenting now as that time.
 */
export function pickLiveInstant(at: CommandInstant | null, now: Date): LiveInstant {
  const nowIso = now.toISOString();
  if (at === null) return { iso: nowIso, future: null };
  return Date.parse(at.iso) > now.getTime()
    ? { iso: nowIso, future: at.iso }
    : { iso: at.iso, future: null };
}
