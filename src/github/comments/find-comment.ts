import type { CommentsClient, CommentTarget } from "./comments-client.js";

/**
 * The oldest comment on the issue or PR whose body contains `marker` (a hidden HTML
 * comment), or null. Every page is read until one matches: on a busy PR the app's
 * comment is often past the first page. Comments written by people are skipped, so
 * that quoting or copying the marker cannot make the app edit someone's comment.
 */
export async function findComment(
  octokit: CommentsClient,
  target: CommentTarget,
  marker: string,
): Promise<{ id: number; body: string } | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...target,
    per_page: 100,
  });
  for await (const { data } of pages) {
    const found = data.find(
      (comment) => comment.user?.type !== "User" && comment.body?.includes(marker),
    );
    if (found) return { id: found.id, body: found.body ?? "" };
  }
  return null;
}
