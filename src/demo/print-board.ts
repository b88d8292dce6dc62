import type { BoardSnapshot } from "../simulator/index.js";

const shownFields = ["Kind", "Model", "Version", "Primary metric", "Rollout %"];

/** The board as text: one table per Status column, in the board's column order. */
export function printBoard(board: BoardSnapshot): string {
  const columns = board.fields.find((f) => f.name === "Status")?.options ?? [];
  const lines = [`Board "${board.title}" (${board.url})`];
  for (const column of columns) {
    const cards = board.items.filter((item) => item.values.Status === column);
    lines.push("", `  ${column} (${cards.length})`);
    if (cards.length === 0) continue;
    lines.push(`    | # | Title | ${shownFields.join(" | ")} |`);
    for (const card of cards) {
      const values = shownFields.map((f) => String(card.values[f] ?? "—"));
      lines.push(`    | #${card.number} | ${card.title} | ${values.join(" | ")} |`);
    }
  }
  return lines.join("\n");
}
