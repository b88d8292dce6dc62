/**
 * Escapes text from people and artifacts before it goes into Markdown we post:
 * no HTML, no links or images, no table breaks, no @mentions or #references.
 * Newlines become spaces, so a value cannot start a heading or a list item.
 */
export function escapeMarkdown(value: unknown): string {
  // Mustache hands numbers and booleans to the escaper too.
  return (
    String(value)
      .replace(/\r?\n|\r/g, " ")
      // Inline Markdown only: a value never starts a line (newlines are gone above), so
      // list and heading markers at a line start (`-`, `+`, `1.`) need no escaping.
      .replace(/[\\`*_[\]#|~>]/g, (c) => `\\${c}`)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      // A zero-width space after @ stops GitHub from pinging a user or team (as Renovate does).
      .replace(/@/g, "@&#8203;")
  );
}
