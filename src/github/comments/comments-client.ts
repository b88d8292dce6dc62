import type { ProbotOctokit } from "probot";

/**
 * The part of Octokit the sticky-comment adapter uses; Probot's `context.octokit`
 * satisfies it (a `Pick` of the real types, so `paginate` keeps its typing).
 */
export type CommentsClient = Pick<ProbotOctokit, "paginate"> & {
  rest: {
    issues: Pick<
      ProbotOctokit["rest"]["issues"],
      "listComments" | "createComment" | "updateComment"
    >;
  };
};

/** The issue or pull request a comment belongs to (PR comments are issue comments). */
export interface CommentTarget {
  owner: string;
  repo: string;
  issue_number: number;
}
