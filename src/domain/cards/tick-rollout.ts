import { readRegion, replaceRegion } from "./card-region.js";

/** How a step jumped over is marked after its box, e.g. `- [ ] 50% traffic (skipped)`. */
export const SKIPPED_MARK = " (skipped)";

/**
 * Shows a rollout at `percent` on the card, inside the rollout region only (the Checklist boxes
 * belong to people). With `reached` (the steps the rollout went through, see `reachedSteps`),
 * a box is ticked only for a step reached up to `percent`, and a step below `percent` that was
 * jumped over stays unticked and is marked skipped; without it, every step up to `percent`
 * counts as reached. Boxes above `percent` are unticked and lose the mark (a failed step or a
 * rollback takes traffic away). Lines already right are left as they are, so a redelivered
 * `/promote` leaves the body byte for byte as it was.
 */
export function showRolloutAt(body: string, percent: number, reached?: readonly number[]): string {
  const region = readRegion(body, "rollout");
  if (region === null) return body;
  // `- [ ] 25% traffic`, as the deployment template writes a rollout box.
  const next = region.replace(
    /^([ \t]*[-*+][ \t]+\[)([ xX])(\][ \t]+)(\d+(?:\.\d+)?)(%[ \t]+traffic\b.*)$/gm,
    (line, head: string, box: string, mid: string, step: string, tail: string) => {
      const value = Number(step);
      const wasReached = reached === undefined || reached.includes(value);
      const ticked = value <= percent && wasReached;
      const skipped = value < percent && !wasReached;
      const plain = tail.endsWith(SKIPPED_MARK) ? tail.slice(0, -SKIPPED_MARK.length) : tail;
      const wanted = `${head}${ticked ? "x" : " "}${mid}${step}${plain}${skipped ? SKIPPED_MARK : ""}`;
      // A box a person ticked with `X` is already right: keep their spelling.
      return wanted.toLowerCase() === line.toLowerCase() ? line : wanted;
    },
  );
  return next === region ? body : replaceRegion(body, "rollout", next);
}
