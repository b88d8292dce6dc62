import { readRegion, replaceRegion } from "./card-region.js";

/**
 * Ticks the box of the rollout step `percent` and of every step below it, inside the
 * rollout region only (the Checklist boxes belong to people). Ticking twice changes
 * nothing, so a redelivered `/promote` leaves the body byte for byte as it was.
 */
export function tickRolloutStep(body: string, percent: number): string {
  return setBoxes(body, (step) => (step <= percent ? "x" : null));
}

/**
 * Unticks the boxes of the steps above `abovePercent` (all of them by default), as a
 * rollback takes the canary's traffic away.
 */
export function untickRollout(body: string, abovePercent = 0): string {
  return setBoxes(body, (step) => (step > abovePercent ? " " : null));
}

/** Rewrites the boxes `mark` decides on (null: leave it); a body without the region is kept. */
function setBoxes(body: string, mark: (step: number) => "x" | " " | null): string {
  const region = readRegion(body, "rollout");
  if (region === null) return body;
  // `- [ ] 25% traffic`, as the deployment template writes a rollout box.
  const next = region.replace(
    /^([ \t]*[-*+][ \t]+\[)([ xX])(\][ \t]+)(\d+(?:\.\d+)?)(%[ \t]+traffic\b.*)$/gm,
    (line, head: string, box: string, mid: string, step: string, tail: string) => {
      const wanted = mark(Number(step));
      if (wanted === null || (wanted === "x") === (box !== " ")) return line;
      return `${head}${wanted}${mid}${step}${tail}`;
    },
  );
  return next === region ? body : replaceRegion(body, "rollout", next);
}
