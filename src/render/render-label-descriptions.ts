import type { AppLabelKey } from "../domain/labels/app-labels.js";
import { readTemplate } from "./render-template.js";

/**
 * The one-line description of each label the app creates, from
 * `templates/label-descriptions.md` (one `key: text` line per label). Plain text:
 * GitHub shows label descriptions as written, so there is nothing to escape.
 */
export function renderLabelDescriptions(): Record<AppLabelKey, string> {
  const lines = readTemplate("label-descriptions.md").split("\n");
  const entries = lines.flatMap((line) => {
    const match = /^(\w+):\s*(.+)$/.exec(line.trim());
    return match?.[1] && match[2] ? [[match[1], match[2]] as const] : [];
  });
  return Object.fromEntries(entries) as Record<AppLabelKey, string>;
}
