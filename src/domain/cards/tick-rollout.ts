import { readRegion, replaceRegion } from "./card-region.js";

/**
 * Shows a rollout at `percent` on the card: the box of every step up to `percent` ticked and
 * those above it unticked (a failed step or a rollback takes traffic away), inside the rollout
 * region only (the Checklist boxes belong to people). Boxes already right are left as they are,
 * so a redelivered `/promote` leaves the body byte for byte as it was.
 */
export function showRolloutAt(body: string, percent: number): string {
  const region = readRegion(body, "rollout");
  if (region === null) return body;
  // `- [ ] 25% traffic`, as the deployment template writes a rollout box.
  const next = region.replace(
    /^([ \t]*[-*+][ \t]+\[)([ xX])(\][ \t]+)(\d+(?:\.\d+)?)(%[ \t]+traffic\b.*)$/gm,
    (line, head: string, box: string, mid: string, step: string, tail: string) => {
      const wanted = Number(step) <= percent ? "x" : " ";
      if ((wanted === "x") === (box !== " ")) return line;
      return `${head}${wanted}${mid}${step}${tail}`;
    },
  );
  return next === region ? body : replaceRegion(body, "rollout", next);
}
