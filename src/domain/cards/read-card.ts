import type { CardKind, FormAnswer } from "./card-types.js";
import { cardMarkers, findCardKind, parseAnswerStart } from "./card-markers.js";
import { normalizeAnswer, normalizeNewlines } from "./normalize-answer.js";

/** Every marker line of a card starts so (the end marker included); no answer text does. */
const markerPrefix = "<!-- mlops-bot:";

/** A card read back: its template and every answer it keeps, in the order of the card. */
export interface ReadCard {
  kind: CardKind;
  answers: FormAnswer[];
}

/**
 * Reads a card the app wrote (see planCard) back into its answers, or returns null for
 * a body that is not a card. Each answer sits between hidden start and end markers, so
 * the text the person wrote is read exactly, whatever headings or code it contains; the
 * visible `#### <Label>` headings are for people and are not read. Edits a person makes
 * to an answer's text are read; an answer whose end marker was deleted ends at the next
 * marker line (a `### ` line cannot end it: a code block in an answer may hold one).
 */
export function readCard(body: string): ReadCard | null {
  const text = normalizeNewlines(body);
  const kind = findCardKind(text);
  if (kind === null) return null;
  const answers: FormAnswer[] = [];
  let open: { label: string; lines: string[] } | undefined;
  for (const line of [...text.split("\n"), cardMarkers.answerEnd]) {
    const isMarker = line.trimStart().startsWith(markerPrefix);
    if (open && isMarker) {
      answers.push({ label: open.label, value: normalizeAnswer(open.lines.join("\n")) });
      open = undefined;
    }
    const label = isMarker ? parseAnswerStart(line) : null;
    if (label !== null) open = { label, lines: [] };
    else if (!isMarker) open?.lines.push(line);
  }
  return { kind, answers };
}
