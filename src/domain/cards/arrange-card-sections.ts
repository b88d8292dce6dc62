import type { CardKind, FormAnswer } from "./card-types.js";

/**
 * Which form answers each section of a card holds, by label (compared without case, so
 * an older copy of the form that spells a label differently still lands in place). The
 * order of the sections is their order in the template; Notes takes everything else.
 */
export const cardSections = {
  experiment: {
    Hypothesis: ["Hypothesis"],
    Data: ["Dataset", "Features"],
    Model: ["Model", "Version", "Architecture", "Hyperparameters", "Baseline"],
    Notes: ["Notes"],
  },
  deployment: {
    "Model info": ["Model", "Version", "Experiment"],
    Deployment: ["Environment", "Serving", "Resources"],
    "Rollback plan": ["Rollback plan"],
    Notes: ["Release notes"],
  },
} as const;

/** A section title of a card that holds answers. */
export type CardSectionTitle = {
  [K in CardKind]: keyof (typeof cardSections)[K];
}[CardKind];

/** The answers of one section of a card, in the order the person gave them. */
export interface CardSection {
  title: CardSectionTitle;
  answers: FormAnswer[];
}

/**
 * Puts every answer in a section of the card: known labels where they belong, any other
 * label and the free text under Notes (the free text first, as it came first in the
 * body, with the label `""`). Nothing the person wrote is dropped.
 */
export function arrangeCardSections(
  kind: CardKind,
  form: { answers: FormAnswer[]; freeText: string },
): CardSection[] {
  const sections = Object.entries(cardSections[kind]) as [CardSectionTitle, readonly string[]][];
  const known = new Set(sections.flatMap(([, labels]) => labels.map(keyOf)));
  const free = form.freeText ? [{ label: "", value: form.freeText }] : [];
  return sections.map(([title, labels]) => {
    const wanted = new Set(labels.map(keyOf));
    const isNotes = title === "Notes";
    const answers = form.answers.filter(
      (a) => wanted.has(keyOf(a.label)) || (isNotes && !known.has(keyOf(a.label))),
    );
    return { title, answers: isNotes ? [...free, ...answers] : answers };
  });
}

function keyOf(label: string): string {
  return label.trim().toLowerCase();
}
