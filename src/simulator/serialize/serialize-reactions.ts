import type { ReactionRecord } from "../store/records.js";

const CONTENTS = ["+1", "-1", "laugh", "hooray", "confused", "heart", "rocket", "eyes"];

/** The `reactions` roll-up GitHub embeds in issues and comments. */
export function serializeReactionRollup(
  url: string,
  reactions: ReactionRecord[],
): Record<string, unknown> {
  const counts = Object.fromEntries(
    CONTENTS.map((c) => [c, reactions.filter((r) => r.content === c).length]),
  );
  return { url: `${url}/reactions`, total_count: reactions.length, ...counts };
}
