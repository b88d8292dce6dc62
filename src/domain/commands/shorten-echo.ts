/** How many characters of a typed value a reply quotes back in a message. */
export const MAX_ECHOED_VALUE = 80;

/** How many characters of the typed command a reply quotes on its first line. */
export const MAX_ECHOED_COMMAND = 300;

/**
 * `text` as a reply quotes it back: whole when short, else its beginning and `…`. A command may
 * carry thousands of characters (`--env <15,000 characters>`); quoting them all would make the
 * reply too long for GitHub, which then refuses it and the person gets nothing.
 */
export function shortenEcho(text: string, max: number = MAX_ECHOED_VALUE): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
