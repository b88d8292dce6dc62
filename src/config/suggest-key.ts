/**
 * The allowed key closest to a mistyped one (`stpes` → `steps`), or null when none is
 * within two edits: a typo should be named, a different word should not be guessed at.
 */
export function suggestKey(typed: string, allowed: readonly string[]): string | null {
  let best: { key: string; distance: number } | null = null;
  for (const key of allowed) {
    const distance = editDistance(typed.toLowerCase(), key.toLowerCase());
    if (distance <= 2 && (best === null || distance < best.distance)) best = { key, distance };
  }
  return best?.key ?? null;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
