import { parseTaskItems, type TaskItem } from "./parse-task-items.js";

/** An issue body's edit history, as GitHub's `userContentEdits` gives it (normalised). */
export interface EditHistory {
  /** The body as created, by its author; when `complete` is false, the oldest body known. */
  original: { body: string; author: string | null; createdAt: string };
  /** Oldest → newest; `body` is the whole body after the edit; `editor` null for a deleted user. */
  edits: ReadonlyArray<{ editor: string | null; editedAt: string; body: string }>;
  /** False when the history is truncated (GitHub keeps a limited number of edits). */
  complete: boolean;
}

/** Who ticked an item and when; both null when the history cannot say. */
export interface TickAttribution {
  text: string;
  line: number;
  by: string | null;
  at: string | null;
}

/**
 * For each ticked item, finds the version of the body in which it became ticked and stayed
 * ticked until now, for the audit trail. Items are matched across versions by their text (and
 * which occurrence of that text they are); an item ticked in every version we have is credited
 * to the author at creation only when the history is complete, otherwise it is unknown.
 */
export function attributeTicks(
  items: readonly TaskItem[],
  history: EditHistory,
  options: { section?: string } = {},
): TickAttribution[] {
  const versions = [
    { by: history.original.author, at: history.original.createdAt, body: history.original.body },
    ...history.edits.map((edit) => ({ by: edit.editor, at: edit.editedAt, body: edit.body })),
  ];
  const states = versions.map((version) => tickedKeys(parseTaskItems(version.body, options)));
  const keys = itemKeys(items);
  const result: TickAttribution[] = [];
  items.forEach((item, index) => {
    if (!item.checked) return;
    const key = keys[index] ?? "";
    let first = versions.length;
    while (first > 0 && states[first - 1]?.has(key)) first -= 1;
    const unknown = { text: item.text, line: item.line, by: null, at: null };
    // Ticked after the newest version we have: the history lags behind the body.
    if (first === versions.length) result.push(unknown);
    else if (first === 0 && !history.complete) result.push(unknown);
    else {
      const version = versions[first];
      result.push({ ...unknown, by: version?.by ?? null, at: version?.at ?? null });
    }
  });
  return result;
}

function itemKeys(items: readonly TaskItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const occurrence = seen.get(item.text) ?? 0;
    seen.set(item.text, occurrence + 1);
    return `${occurrence}\u0000${item.text}`;
  });
}

function tickedKeys(items: readonly TaskItem[]): Set<string> {
  const keys = itemKeys(items);
  return new Set(keys.filter((_key, index) => items[index]?.checked));
}
