import { cardKindForEvent } from "../board/card-kind-for-labels.js";
import type { CardKind } from "../cards/plan-card.js";
import type { LabelNames } from "./app-labels.js";

/** An `issues.opened` / `issues.labeled` event, as far as the card decision needs it. */
export interface IssueLabelEvent {
  action: string;
  /** Every label the issue has now. */
  labels: string[];
  /** The label just added (`labeled` only). */
  added?: string | undefined;
  /** Which of the app's forms wrote the body (see formCardKind); null for any other body. */
  formKind: CardKind | null;
  senderType: string;
}

/** What to do: make the card, label a form issue that lost its label, or nothing. */
export type IssueLabelsDecision =
  { action: "card"; kind: CardKind } | { action: "label"; kind: CardKind; label: string } | null;

/**
 * The card decision. An issue opened from one of the app's forms that carries none of
 * the app's labels lost its form's `labels:` entry (GitHub drops a label that did not
 * exist yet): it gets the form's label, and the `labeled` event that follows makes the
 * card, so the card is made on one path only. Issues opened by bots (the app's own
 * incident and retraining issues) are never labelled this way.
 */
export function decideIssueLabels(event: IssueLabelEvent, names: LabelNames): IssueLabelsDecision {
  const kind = cardKindForEvent(event, names);
  if (kind !== null) return { action: "card", kind };
  if (event.action !== "opened" || event.formKind === null || event.senderType === "Bot")
    return null;
  const ours = new Set(Object.values(names).map((name) => name.toLowerCase()));
  if (event.labels.some((label) => ours.has(label.toLowerCase()))) return null;
  return { action: "label", kind: event.formKind, label: names[event.formKind] };
}

/**
 * True when an event cannot be ours whatever the configuration says: an issue opened
 * with no label, and not by a person from one of our forms. Spares the config read.
 */
export function cannotBeCard(
  event: Pick<IssueLabelEvent, "action" | "labels" | "formKind" | "senderType">,
): boolean {
  if (event.action !== "opened" || event.labels.length > 0) return false;
  return event.formKind === null || event.senderType === "Bot";
}
