/** A clock that moves only when told, for the demo and tests to play time forward. */
export interface ManualClock {
  now: () => Date;
  /** Moves the clock forward by milliseconds. */
  advance(ms: number): void;
  set(date: Date | string): void;
}

/** A manual clock starting at `start` (default 2026-11-02T09:00:00Z). */
export function createManualClock(start: Date | string = "2026-11-02T09:00:00Z"): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (date) => {
      current = new Date(date).getTime();
    },
  };
}
