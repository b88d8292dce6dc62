import type { AppLabel } from "./app-labels.js";

/**
 * The wanted labels the repository lacks. GitHub compares label names without case, so
 * `ML-Experiment` counts as `ml-experiment`: an existing label is never touched (no
 * recolouring, renaming or new description), only absent ones are created.
 */
export function planMissingLabels(
  existing: readonly string[],
  wanted: readonly AppLabel[],
): AppLabel[] {
  const have = new Set(existing.map((name) => name.toLowerCase()));
  return wanted.filter((label) => {
    const key = label.name.toLowerCase();
    if (have.has(key)) return false;
    have.add(key);
    return true;
  });
}
