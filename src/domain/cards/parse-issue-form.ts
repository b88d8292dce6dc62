import { fromMarkdown } from "mdast-util-from-markdown";
import type { FormAnswer } from "./card-types.js";
import { normalizeAnswer, normalizeNewlines } from "./normalize-answer.js";

export type { FormAnswer } from "./card-types.js";

/** The answers of an issue form body, and any text that is not under a form heading. */
export interface ParsedIssueForm {
  /** One per `### <label>` heading, in the order of the body. */
  answers: FormAnswer[];
  /** Text before the first heading; the whole body when it has none (written by hand). */
  freeText: string;
}

/**
 * Reads an issue body written by an issue form: GitHub renders each answer as
 * `### <Label>\n\n<answer>` and an empty optional one as `_No response_`. Headings are
 * found with a CommonMark parser rather than a regex, so a `###` line inside a fenced
 * code block, a quote or a list item stays part of the answer it is in.
 */
export function parseIssueForm(body: string | null | undefined): ParsedIssueForm {
  const text = normalizeNewlines(body ?? "");
  const headings = fromMarkdown(text).children.flatMap((node) =>
    node.type === "heading" && node.depth === 3 && node.position
      ? [{ start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 }]
      : [],
  );
  const answers = headings.map((heading, i) => ({
    label: headingLabel(text.slice(heading.start, heading.end)),
    value: normalizeAnswer(text.slice(heading.end, headings[i + 1]?.start ?? text.length)),
  }));
  return { answers, freeText: normalizeAnswer(text.slice(0, headings[0]?.start ?? text.length)) };
}

/** `### Rollback plan ###` → `Rollback plan`: the heading's text as written, Markdown kept. */
function headingLabel(line: string): string {
  return line
    .replace(/^ {0,3}###(?:[ \t]+|$)/, "")
    .replace(/(?:^|[ \t]+)#+[ \t]*$/, "")
    .trim();
}
