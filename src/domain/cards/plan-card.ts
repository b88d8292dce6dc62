import { GITHUB_TEXT_LIMIT as maxBodyLength } from "../github-text-limit.js";
import { arrangeCardSections } from "./arrange-card-sections.js";
import { kindNames, type CardKind, type CardKindValue, type FormAnswer } from "./card-types.js";
import { parseIssueForm } from "./parse-issue-form.js";
import type { RenderCard } from "./card-view.js";
import { readCard } from "./read-card.js";

export type { CardKind, FormAnswer } from "./card-types.js";

/** What to do with an issue that carries a card label. */
export interface CardPlan {
  /**
   * The new body, or null to leave the body as it is: it is a card already, or the card
   * would exceed GitHub's 65,536-character limit for a body.
   */
  rewrite: string | null;
  /** The card was not written because it would exceed GitHub's limit: the person is told. */
  tooLong?: { length: number; limit: number };
  /** The board fields the card sets: Kind, and Model and Version when given. */
  fields: { kind: CardKindValue; model?: string; version?: string };
  /** Every answer the card keeps, in the order of the card; free text has the label `""`. */
  answers: FormAnswer[];
}

/**
 * Plans the card of an issue labelled `ml-experiment` or `ml-deployment`. A body that
 * already carries the card marker is left alone and read back (its own kind counts, so an
 * experiment card that also gets `ml-deployment` stays an experiment), so the rewrite
 * happens once whichever of `opened` and `labeled` comes first, on a redelivery and on
 * re-labelling. Otherwise the form answers are arranged into the template: the output
 * depends on the input alone, so two handlers racing on the same original body write the
 * same bytes. `kindLabel` only changes the board's Kind (a retraining issue uses the
 * experiment card). `render` turns the view into text (the templates live in templates/;
 * the caller passes src/render/render-card.ts, so the domain reads no files).
 */
export function planCard(
  input: {
    kind: CardKind;
    title: string;
    body: string | null;
    rolloutSteps: number[];
    kindLabel?: "Retraining";
  },
  render: RenderCard,
): CardPlan {
  const card = readCard(input.body ?? "");
  if (card) return { rewrite: null, ...describe(card.kind, card.answers, input.kindLabel) };
  const sections = arrangeCardSections(input.kind, parseIssueForm(input.body));
  const answers = sections.flatMap((s) => s.answers);
  const planned = describe(input.kind, answers, input.kindLabel);
  const rewrite = render({
    kind: input.kind,
    title: input.title,
    model: planned.fields.model,
    version: planned.fields.version,
    sections,
    rolloutSteps: input.rolloutSteps,
  });
  if (rewrite.length > maxBodyLength)
    return { rewrite: null, tooLong: { length: rewrite.length, limit: maxBodyLength }, ...planned };
  return { rewrite, ...planned };
}

function describe(kind: CardKind, answers: FormAnswer[], kindLabel?: "Retraining") {
  const model = fieldValue(answers, "Model");
  const version = fieldValue(answers, "Version");
  return {
    fields: {
      kind: kindLabel ?? kindNames[kind],
      ...(model ? { model } : {}),
      ...(version ? { version } : {}),
    },
    answers,
  };
}

/** The first line of the first non-empty answer with this label: a board text field is one line. */
function fieldValue(answers: FormAnswer[], label: string): string | undefined {
  const key = label.toLowerCase();
  const answer = answers.find((a) => a.label.trim().toLowerCase() === key && a.value.trim());
  return answer?.value.trim().split("\n")[0]?.trim();
}
