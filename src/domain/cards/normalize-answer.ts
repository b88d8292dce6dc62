/** What GitHub writes for an optional question left empty. */
export const noResponse = "_No response_";

/**
 * The canonical form of an answer's text, applied when reading a form and when reading
 * a card back, so a round trip through the card is exact: `\n` line endings (browsers
 * send textarea answers with CRLF inside a body GitHub joins with LF), no blank lines
 * before the text, nothing after it, and `_No response_` as the empty answer. Leading
 * spaces of the first line stay: they can make an indented code block.
 */
export function normalizeAnswer(text: string): string {
  const value = normalizeNewlines(text)
    .replace(/^(?:[ \t]*\n)+/, "")
    .trimEnd();
  return value === noResponse ? "" : value;
}

/** CRLF and lone CR become LF, as CommonMark reads them. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
