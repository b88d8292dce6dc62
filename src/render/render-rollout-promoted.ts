import { renderTemplate } from "./render-template.js";

/** What an accepted `/promote` did, and the next step. */
export interface PromotedView {
  command: string;
  model: string;
  version: string;
  step: number;
  from: number;
  stableVersion: string | null;
  environment: string;
  deploymentId: number;
  sha: string;
  gates: ReadonlyArray<{ name: string }>;
  /** The next configured step, null at 100%. */
  next: number | null;
  /** The column the card moves to at 100%. */
  monitoring: string;
}

/** The reply to an accepted `/promote` (templates/rollout-promoted.md). */
export function renderRolloutPromoted(view: PromotedView): string {
  return renderTemplate("rollout-promoted.md", {
    ...view,
    shortSha: view.sha.slice(0, 7),
    // One string: a Mustache section over the array would repeat the sentence per gate.
    gates: view.gates.map((g) => g.name).join(" and "),
  }).trimEnd();
}
