import type { CardKind } from "../../domain/cards/plan-card.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import { renderTemplate } from "../../render/render-template.js";
import type { AppContext } from "../support/app-context.js";

const marker = "<!-- mlops-bot:card-too-long -->";

/**
 * Tells the person why their issue was left as written: the card would exceed GitHub's
 * body limit. One sticky comment per issue (a redelivery or a re-label writes nothing new).
 */
export async function reportCardTooLong(
  context: AppContext,
  ref: { owner: string; repo: string; issue_number: number },
  card: { kind: CardKind; label: string },
  size: { length: number; limit: number },
): Promise<void> {
  const { kind, label } = card;
  const body = renderTemplate("card-too-long.md", { kind, label, ...size });
  await ensureComment(context.octokit, ref, marker, body);
  context.log.warn({ issue: ref.issue_number, ...size }, "card too long for an issue body");
}
