import { ensureComment } from "../../github/comments/ensure-comment.js";
import { ensureSummaryIssue } from "../../github/issues/ensure-summary-issue.js";
import type { BoardResult } from "../../github/projects/board-types.js";
import { renderBoardNotice } from "../../render/render-board-notice.js";
import { renderTemplate } from "../../render/render-template.js";
import type { AppContext } from "./app-context.js";

/**
 * Says what is wrong with the board, once per repository: as a comment on the summary
 * issue (created when missing), found again by its hidden marker. A log line for the
 * operator every time. Nothing when the board is fine.
 */
export async function reportBoardNotices(
  context: AppContext,
  ref: { owner: string; repo: string; issue_number: number },
  board: BoardResult,
): Promise<void> {
  const notice = renderBoardNotice(board);
  if (notice === null) return;
  context.log.warn(
    { notice: notice.kind, issue: ref.issue_number },
    board.ok ? "board needs a person" : board.message,
  );
  const repo = { owner: ref.owner, repo: ref.repo };
  const summary = await ensureSummaryIssue(context.octokit, repo, renderTemplate("summary.md", {}));
  if (summary.pinError) context.log.info({ error: summary.pinError }, "summary issue not pinned");
  await ensureComment(
    context.octokit,
    { ...repo, issue_number: summary.number },
    notice.marker,
    notice.body,
  );
}
