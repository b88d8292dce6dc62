import { fitText } from "../domain/github-text-limit.js";
import { renderTemplate } from "./render-template.js";

/**
 * The longest comment the protection-rule answer carries. GitHub documents 1,024 characters
 * for this route's status reports and does not document another bound for the review; the
 * app takes it as the safe one for every answer.
 */
export const PROTECTION_COMMENT_LIMIT = 1_024;

/** A listed reason longer than this is cut, so that one long detail cannot push out the rest. */
const ITEM_LIMIT = 240;

function cutItem(line: string): string {
  return line.length <= ITEM_LIMIT ? line : `${line.slice(0, ITEM_LIMIT - 1).trimEnd()}…`;
}

/**
 * A protection-rule comment within `PROTECTION_COMMENT_LIMIT`: unchanged when it fits; else
 * its headline and as many of its `- ` items as fit (each cut at 240 characters), then a
 * line saying how many were left out and where the full reasons are
 * (`templates/protection-shortened.md`), then its closing lines (the fix). A headline too
 * long for any of that is cut with GitHub's usual "shortened" line.
 */
export function fitProtectionComment(comment: string, sha: string): string {
  if (comment.length <= PROTECTION_COMMENT_LIMIT) return comment;
  const lines = comment.split("\n");
  const first = lines.findIndex((line) => line.startsWith("- "));
  const end = lines.findLastIndex((line) => line.startsWith("- ")) + 1;
  const head = lines.slice(0, Math.max(first, 0));
  const items = first < 0 ? [] : lines.slice(first, end).map(cutItem);
  const tail = first < 0 ? [] : lines.slice(end);
  for (let kept = items.length; kept >= 0; kept -= 1) {
    const note = renderTemplate("protection-shortened.md", {
      count: String(items.length - kept),
      limit: PROTECTION_COMMENT_LIMIT.toLocaleString("en-US"),
      sha: sha.slice(0, 7),
    }).trim();
    const left = kept < items.length ? [note] : [];
    const text = [...head, ...items.slice(0, kept), ...left, ...tail].join("\n");
    if (text.length <= PROTECTION_COMMENT_LIMIT && first >= 0) return text;
  }
  const closing = renderTemplate("text-shortened.md", {
    limit: `${PROTECTION_COMMENT_LIMIT.toLocaleString("en-US")} characters`,
  });
  return fitText(comment, PROTECTION_COMMENT_LIMIT, closing.trim());
}
