/** Waits, when needed, before the next label create of an installation. */
export type LabelPacer = (installationId: number) => Promise<void>;

/** How label creates are spaced; the defaults suit GitHub's secondary limits. */
export interface LabelPacerOptions {
  /** Creates an installation may make at once (default 40). */
  burst?: number;
  /** Time that earns one more create once the burst is spent (default 12,000 ms). */
  refillMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A token bucket per installation for label creates. GitHub's secondary limits allow
 * about 80 content-creating requests a minute and 500 an hour; an install on 100
 * repositories is 800 labels. Octokit's throttling already spaces an installation's
 * writes 1 s apart (≤ 60 a minute); this bucket keeps the hour too: 40 at once, then
 * one every 12 s, so at most 340 label creates in any hour. The other 160 of the hour's
 * 500 are left to the app's own writes meanwhile (comments, check runs, and board
 * mutations at 5 points each): at 8 s a create, labels alone took 490 and the first
 * cards of the hour ran into the limit. 800 labels take some 2.5 hours; a repository
 * the app acts in first gets its labels then (the fallback), not at its turn. (Per process: with replicas, each install event goes to one of them.)
 * Tests pass `now`/`sleep`, or a pacer that does not wait at all.
 */
export function createLabelPacer(options: LabelPacerOptions = {}): LabelPacer {
  const burst = options.burst ?? 40;
  const refillMs = options.refillMs ?? 12_000;
  const now = options.now ?? Date.now;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const buckets = new Map<number, { tokens: number; at: number }>();
  return async (installationId) => {
    const bucket = buckets.get(installationId) ?? { tokens: burst, at: now() };
    buckets.set(installationId, bucket);
    const earned = Math.floor((now() - bucket.at) / refillMs);
    if (earned > 0) {
      bucket.tokens = Math.min(burst, bucket.tokens + earned);
      bucket.at += earned * refillMs;
    }
    if (bucket.tokens > 0) {
      bucket.tokens -= 1;
      return;
    }
    // Take the next slot before waiting, so a concurrent caller queues behind this one.
    const wait = bucket.at + refillMs - now();
    bucket.at += refillMs;
    await sleep(Math.max(0, wait));
  };
}
