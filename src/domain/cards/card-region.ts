import { cardMarkers, type CardRegion } from "./card-markers.js";
import { normalizeNewlines } from "./normalize-answer.js";

export type { CardRegion } from "./card-markers.js";

/** The heading a region sits under, used when a person deleted its markers. */
const regionHeadings: Record<CardRegion, string> = {
  results: "### Results",
  rollout: "### Rollout",
};

/**
 * The text between a region's hidden markers, without the blank lines around it, or null
 * when the body has no such region (not a card, or a person deleted a marker).
 */
export function readRegion(body: string, region: CardRegion): string | null {
  const span = findRegion(body, region);
  return span ? trimBlankLines(normalizeNewlines(span.inner)) : null;
}

/**
 * Replaces the text between a region's markers with `content` and leaves every other
 * byte of the body as it was, so what a person wrote around it survives. A body without
 * the region gets it appended under its heading: the results or boxes are still written,
 * and nothing the person wrote is touched. The blank lines around the content let it
 * start with a table or list that Markdown would otherwise glue to the marker.
 */
export function replaceRegion(body: string, region: CardRegion, content: string): string {
  const inner = `\n\n${trimBlankLines(normalizeNewlines(content))}\n\n`;
  const span = findRegion(body, region);
  if (span) return body.slice(0, span.from) + inner + body.slice(span.to);
  const start = cardMarkers.regionStart(region);
  const end = cardMarkers.regionEnd(region);
  return `${body.trimEnd()}\n\n${regionHeadings[region]}\n\n${start}${inner}${end}\n`;
}

/**
 * Where the region's inner text starts and ends, markers excluded. The last start marker
 * counts, so a region appended after a person broke the first one is the one read.
 */
function findRegion(text: string, region: CardRegion) {
  const start = cardMarkers.regionStart(region);
  const from = text.lastIndexOf(start);
  if (from < 0) return null;
  const to = text.indexOf(cardMarkers.regionEnd(region), from + start.length);
  if (to < 0) return null;
  return { from: from + start.length, to, inner: text.slice(from + start.length, to) };
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, "").trimEnd();
}
