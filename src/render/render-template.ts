import { readFileSync } from "node:fs";
import Mustache from "mustache";
import { escapeMarkdown } from "./escape-markdown.js";

/** `templates/` at the package root; the same depth from `src/render` and `lib/render`. */
export const templatesDir = new URL("../../templates/", import.meta.url);

/** Reads a file of `templates/` as text, e.g. `readTemplate("experiment.md")`. */
export function readTemplate(name: string): string {
  return readFileSync(new URL(name, templatesDir), "utf8");
}

/**
 * Renders a Mustache template of `templates/`. `{{value}}` is Markdown-escaped
 * (see escapeMarkdown); `{{{value}}}` is inserted as is, for Markdown we built ourselves.
 */
export function renderTemplate(name: string, view: object): string {
  return renderString(readTemplate(name), view);
}

/** Renders a Mustache template given as text, with the same escaping as renderTemplate. */
export function renderString(template: string, view: object): string {
  return Mustache.render(template, view, {}, { escape: escapeMarkdown });
}
