import type { Paragraph } from "mdast";
import { parseMarkdown } from "../checklist/parse-markdown.js";

/**
 * The lines of a comment that could hold a command: lines of top-level paragraphs whose first
 * character is plain text starting with `/`. The Markdown parse rules out code blocks (fenced
 * and indented), quotes, list items, HTML and inline code, which a regex over lines gets wrong.
 * Returns each line from its `/`, trimmed.
 */
export function findCommandLines(body: string): string[] {
  const lines = body.split(/\r\n|\r|\n/);
  const found: string[] = [];
  for (const block of parseMarkdown(body).children) {
    if (block.type !== "paragraph" || !block.position) continue;
    for (let line = block.position.start.line; line <= block.position.end.line; line += 1) {
      const text = lines[line - 1] ?? "";
      const column = text.search(/\S/) + 1;
      if (text[column - 1] === "/" && startsInPlainText(block, line, column)) {
        found.push(text.slice(column - 1).trim());
      }
    }
  }
  return found;
}

type Position = NonNullable<Paragraph["position"]>;

function startsInPlainText(paragraph: Paragraph, line: number, column: number): boolean {
  const node = paragraph.children.find((child) => covers(child.position, line, column));
  return node?.type === "text";
}

function covers(position: Position | undefined, line: number, column: number): boolean {
  if (!position) return false;
  const { start, end } = position;
  const afterStart = line > start.line || (line === start.line && column >= start.column);
  const beforeEnd = line < end.line || (line === end.line && column < end.column);
  return afterStart && beforeEnd;
}
