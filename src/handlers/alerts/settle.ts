/** What a step of the alert came to: its value, or the error it threw. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs one step of an alert and keeps its error instead of throwing it: a failure of one part
 * (the incident) must not stop another (the rollback). The handler throws at the end, so the
 * delivery is marked failed and its redelivery completes what is missing.
 */
export async function settle<T>(step: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await step() };
  } catch (error) {
    return { ok: false, error };
  }
}
