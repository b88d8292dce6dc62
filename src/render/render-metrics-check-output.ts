import { renderTemplate } from "./render-template.js";

/**
 * Renders a check-run text template whose first line is the title and whose rest, after a
 * blank line, is the summary. Titles are plain text on GitHub (not Markdown), so templates
 * put raw values there: `oneLine` them first.
 */
export function renderCheckOutput(name: string, view: object): { title: string; summary: string } {
  const [title = "", ...rest] = renderTemplate(name, view).split("\n");
  return { title: title.trim(), summary: rest.join("\n").trim() };
}

/** Text for a title: one line, at most `max` characters. */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
