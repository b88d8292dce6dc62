import { findCardKind } from "../cards/card-markers.js";
import type { CardKind } from "../cards/plan-card.js";
import { parseIssueForm } from "../cards/parse-issue-form.js";

/**
 * The headings that mark a body as written by one of the app's issue forms. GitHub writes
 * a `### <Label>` heading for every field of a form, answered or not (`_No response_`),
 * so the required fields' headings are always there; the deployment form is told from
 * the experiment form by `Rollback plan` (the experiment form has `Hypothesis`).
 */
const SIGNATURES: Array<{ kind: CardKind; headings: string[] }> = [
  { kind: "experiment", headings: ["Model", "Hypothesis"] },
  { kind: "deployment", headings: ["Model", "Version", "Rollback plan"] },
];

/**
 * Which of the app's forms wrote this body, or null: a body written by hand, or one the
 * app already rewrote into a card (its marker; a card keeps the form's headings).
 */
export function formCardKind(body: string | null | undefined): CardKind | null {
  if (!body || findCardKind(body) !== null) return null;
  const headings = new Set(parseIssueForm(body).answers.map((answer) => answer.label));
  const match = SIGNATURES.find((form) => form.headings.every((heading) => headings.has(heading)));
  return match?.kind ?? null;
}
