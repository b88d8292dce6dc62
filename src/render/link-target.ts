/**
 * An http(s) URL made safe as a Markdown link destination: normalised by the URL parser, with
 * the characters that could end `[text](url)` early or start a new one (`(`, `)`, space, `<`,
 * `>`) percent-encoded. Null when it does not parse or is not http(s): drop the link then.
 */
export function linkTarget(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.href.replace(/[() <>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
