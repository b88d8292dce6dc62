import type { Heading, Nodes, RootContent } from "mdast";
import { parseMarkdown } from "./parse-markdown.js";
import { plainText } from "./plain-text.js";

/** One GitHub task-list item (`- [ ] text` / `- [x] text`). */
export interface TaskItem {
  /** What the reader sees, as plain text (no Markdown, nested items left out). */
  text: string;
  checked: boolean;
  /** 1-based line of the item in the Markdown source (for links to it). */
  line: number;
}

/**
 * Finds the real task-list items of a Markdown body, in document order. Boxes inside code,
 * block quotes or HTML comments are not task items; nested items count one by one. With
 * `section`, only the items under a heading with that text (case-insensitive) count, up to the
 * next heading of the same or a higher level: the deployment card's `Rollout` boxes are the
 * app's to tick and must not count in its `Checklist`.
 */
export function parseTaskItems(markdown: string, options: { section?: string } = {}): TaskItem[] {
  const blocks = parseMarkdown(markdown).children;
  const scoped = options.section === undefined ? blocks : inSection(blocks, options.section);
  const items: TaskItem[] = [];
  for (const block of scoped) collect(block, items);
  return items;
}

function inSection(blocks: readonly RootContent[], section: string): RootContent[] {
  const wanted = section.trim().toLowerCase();
  const kept: RootContent[] = [];
  let open: Heading | null = null;
  for (const block of blocks) {
    if (block.type === "heading") {
      if (open && block.depth <= open.depth) open = null;
      if (!open && plainText(block.children).toLowerCase() === wanted) open = block;
      continue;
    }
    if (open) kept.push(block);
  }
  return kept;
}

function collect(node: Nodes, items: TaskItem[]): void {
  // Quoted boxes are someone else's words, not this checklist's state.
  if (node.type === "blockquote") return;
  if (node.type === "listItem" && typeof node.checked === "boolean") {
    items.push({
      text: plainText(node.children),
      checked: node.checked,
      line: node.position?.start.line ?? 0,
    });
  }
  const children: readonly Nodes[] = "children" in node ? node.children : [];
  for (const child of children) collect(child, items);
}
