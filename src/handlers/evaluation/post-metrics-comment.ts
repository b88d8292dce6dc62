import { findComment } from "../../github/comments/find-comment.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import type { CommentsClient, CommentTarget } from "../../github/comments/comments-client.js";
import { readHistory } from "../../render/render-metrics-history.js";
import {
  metricsCommentMarker,
  renderMetricsComment,
  type MetricsCommentInput,
} from "../../render/render-metrics-comment.js";

/**
 * The sticky metrics comment of one model on the PR: the chart's earlier points are read
 * back from the comment itself, this run's point added (a redelivery replaces its own point),
 * then the comment is created, updated, or left alone when its text is the same.
 */
export async function postMetricsComment(
  octokit: CommentsClient,
  target: CommentTarget,
  input: Omit<MetricsCommentInput, "history">,
): Promise<{ action: "created" | "updated" | "unchanged"; id: number }> {
  const marker = metricsCommentMarker(input.file.model);
  const existing = await findComment(octokit, target, marker);
  const history = existing ? readHistory(existing.body, input.comparison.primary) : [];
  // The comment just found is handed on: the PR's comments are paged through once.
  return ensureComment(
    octokit,
    target,
    marker,
    renderMetricsComment({ ...input, history }),
    existing,
  );
}
