/**
 * Runs tasks with the same key one after another, within this process.
 *
 * GitHub sends `issues.opened` and `issues.labeled` for one issue at the same moment;
 * run side by side, both would see a body without the card marker. Serialising them
 * here makes the second see the first's work. Across replicas, the steps themselves are
 * idempotent (deterministic rewrite, "already on the board" is success), so this is an
 * optimisation of wasted writes, not the guarantee. Created per app instance: no
 * module-level state.
 */
export interface KeyedLock {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/**
 * The key under which a repository's deployment history is read and then written: `/promote`,
 * `/rollback` and an alert's automatic rollback take it on the app's one lock, so within a
 * process none of them decides on a history another is about to change.
 */
export function deploymentsKey(owner: string, repo: string): string {
  return `deployments:${owner}/${repo}`.toLowerCase();
}

export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const current = previous.then(task, task);
      const tail = current.catch(() => undefined);
      tails.set(key, tail);
      try {
        return await current;
      } finally {
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}
