import { readFileSync } from "node:fs";
import Mustache from "mustache";
import { escapeMarkdown } from "./escape-markdown.js";

/** `templates/` at the package root; the same depth from `src/render` and `lib/render`. */
const templatesDir = new URL("../../templates/", import.meta.url);

/** Reads a file of `templates/` as text, e.g. `readTemplate("experiment.md")`. */
export function readTemplate(name: string): string {
  return readFileSync(new URL(name, templatesDir), "utf8");
}

/**
 * Renders a Mustache template of `templates/`. `{{value}}` is Markdown-escaped
 * (see escapeMarkdown); `{{{value}}}` is inserted as is, for Markdown we built ourselves.
 */
export function renderTemplate(name: string, view: object): string {
  return Mustache.render(readTemplate(name), view, {}, { escape: escapeMarkdown });
}
