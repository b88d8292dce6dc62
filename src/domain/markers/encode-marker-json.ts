/**
 * JSON for a hidden `<!-- … -->` marker, with `<`, `>` and `-` written as `\u` escapes: a
 * value such as `a --> b` would otherwise end the HTML comment early and show the rest of
 * the marker to people. `JSON.parse` reads it back unchanged.
 */
export function encodeMarkerJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>-]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
