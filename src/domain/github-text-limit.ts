/** GitHub refuses an issue body or a comment longer than this many characters. */
export const GITHUB_TEXT_LIMIT = 65_536;

/**
 * GitHub refuses a check run's `output.summary` or `output.text` longer than this many
 * **bytes** of UTF-8 (its 422 says "exceeds a maximum bytesize of 65535"), whatever
 * OpenAPI says: 3,000 metrics under non-ASCII names fit in characters and not in bytes.
 */
export const GITHUB_CHECK_TEXT_BYTES = 65_535;

/**
 * `text` unchanged when it is at most `limit` characters; else its beginning, cut at a
 * line end where one is near, then `closing` (a line saying it was shortened), the whole
 * within `limit`. Characters are counted as JavaScript does (UTF-16 code units), which is
 * never fewer than GitHub counts, and a surrogate pair is never split. The beginning is
 * kept because that is where the hidden marker and the headline are.
 */
export function fitText(text: string, limit: number, closing: string): string {
  if (text.length <= limit) return text;
  return shorten(text, limit, closing, (part) => part.length);
}

/**
 * As `fitText`, counting UTF-8 bytes, for check-run `output.summary` and `output.text`
 * (`GITHUB_CHECK_TEXT_BYTES`): a character is never cut in the middle of its bytes.
 */
export function fitTextBytes(text: string, limitBytes: number, closing: string): string {
  if (utf8Length(text) <= limitBytes) return text;
  return shorten(text, limitBytes, closing, utf8Length);
}

/** Past this share of the budget, a line end is looked for; nearer the start, cut mid-line. */
const LINE_END_WINDOW = 0.9;

function shorten(
  text: string,
  limit: number,
  closing: string,
  measure: (part: string) => number,
): string {
  const tail = `\n\n${closing.trim()}\n`;
  // The closing line may need a fence closed before it (see `closeOpenBlocks`).
  const budget = limit - measure(tail) - measure("\n```");
  if (budget <= 0) return prefixWithin(closing, limit, measure);
  let kept = prefixWithin(text, budget, measure);
  const lineEnd = kept.lastIndexOf("\n");
  if (lineEnd >= kept.length * LINE_END_WINDOW) kept = kept.slice(0, lineEnd);
  return `${closeOpenBlocks(kept)}${tail}`;
}

/**
 * A cut inside an HTML comment or a code fence would hide the closing line or show it as
 * code: an unfinished `<!--` is dropped, an open ``` fence is closed.
 */
function closeOpenBlocks(kept: string): string {
  const open = kept.lastIndexOf("<!--");
  const text = open > kept.lastIndexOf("-->") ? kept.slice(0, open) : kept;
  const fences = text.split("\n").filter((line) => line.trimStart().startsWith("```")).length;
  return fences % 2 === 1 ? `${text}\n\`\`\`` : text;
}

/** The longest beginning of `text` that `measure` puts within `budget`, whole code points only. */
function prefixWithin(text: string, budget: number, measure: (part: string) => number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    const size = measure(char);
    if (used + size > budget) break;
    used += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/** UTF-8 length without allocating: 1–4 bytes per code point, lone surrogates as 3 (U+FFFD). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
