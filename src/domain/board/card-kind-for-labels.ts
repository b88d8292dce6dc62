import type { CardKind } from "../cards/plan-card.js";

/**
 * Which card an issues event asks for: `opened` counts every label the issue has (an
 * issue form sets them at once); `labeled` only the label just added, so adding an
 * unrelated label to a card does nothing. Null: not ours.
 */
export function cardKindForEvent(
  event: { action: string; labels: string[]; added?: string | undefined },
  labels: { experiment: string; deployment: string },
): CardKind | null {
  const relevant = event.action === "labeled" ? [event.added ?? ""] : event.labels;
  if (relevant.includes(labels.deployment)) return "deployment";
  if (relevant.includes(labels.experiment)) return "experiment";
  return null;
}
