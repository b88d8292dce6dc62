import type { CommentsClient, CommentTarget } from "../comments/comments-client.js";

/** A comment the app (or another bot) wrote. */
export interface AppComment {
  id: number;
  body: string;
}

/**
 * The comments of an issue that are not by people, oldest first, every page read: one read
 * answers all the marker lookups of a delivery (its own mark, the retraining link, a rollback
 * note) instead of paging through the same comments once per marker. People's comments are
 * left out, so quoting a marker cannot make the app take it for its own.
 */
export async function listAppComments(
  octokit: Pick<CommentsClient, "paginate"> & {
    rest: { issues: Pick<CommentsClient["rest"]["issues"], "listComments"> };
  },
  target: CommentTarget,
): Promise<AppComment[]> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...target,
    per_page: 100,
  });
  const found: AppComment[] = [];
  for await (const { data } of pages)
    for (const comment of data)
      if (comment.user?.type !== "User") found.push({ id: comment.id, body: comment.body ?? "" });
  return found;
}
