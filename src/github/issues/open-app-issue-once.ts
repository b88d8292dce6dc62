import type { ProbotOctokit } from "probot";
import { fitGitHubBody } from "../../render/fit-github-text.js";
import { findAppIssue, type AppIssue, type AppIssueList } from "./find-app-issue.js";

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export type IssuesOpenClient = Pick<ProbotOctokit, "paginate"> & {
  rest: {
    issues: Pick<
      ProbotOctokit["rest"]["issues"],
      "listForRepo" | "create" | "createComment" | "update"
    >;
  };
};

/**
 * Opens an issue with the list's label, then looks once more (`findAppIssue`): another replica
 * may have opened the same one at the same moment, both having looked and seen none. The
 * oldest stands on every replica alike; when it is not ours, ours gets `duplicateBody(winner)`
 * as a comment (which makes GitHub link the two) and is closed as not planned. `closed` is
 * then the number of the issue this closed.
 */
export async function openAppIssueOnce(
  octokit: IssuesOpenClient,
  list: AppIssueList,
  marker: string,
  issue: { title: string; body: string; duplicateBody: (winner: number) => string },
  botLogin?: string,
): Promise<{ issue: AppIssue; closed: number | null }> {
  const { owner, repo, label } = list;
  const { data } = await octokit.rest.issues.create({
    // Last guard: a body over GitHub's limit is shortened, saying so, rather than refused.
    ...{ owner, repo, title: issue.title, body: fitGitHubBody(issue.body) },
    labels: [label],
  });
  const oldest = await findAppIssue(octokit, list, marker, botLogin);
  if (oldest === null || oldest.number >= data.number)
    return {
      issue: {
        number: data.number,
        nodeId: data.node_id,
        body: fitGitHubBody(issue.body),
        state: "open",
      },
      closed: null,
    };
  const target = { owner, repo, issue_number: data.number };
  await octokit.rest.issues.createComment({ ...target, body: issue.duplicateBody(oldest.number) });
  await octokit.rest.issues.update({ ...target, state: "closed", state_reason: "not_planned" });
  return { issue: oldest, closed: data.number };
}
