import type { ProbotOctokit } from "probot";
import { matchIncident } from "../../domain/alerts/match-incident.js";

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export type IssuesListClient = Pick<ProbotOctokit, "paginate"> & {
  rest: { issues: Pick<ProbotOctokit["rest"]["issues"], "listForRepo"> };
};

/** An open incident issue the app opened. */
export interface OpenIncident {
  number: number;
  nodeId: string;
  body: string;
}

/**
 * The open incident for a model and kind: the open issues with the incident label, oldest
 * first and a page at a time, matched on the app's marker. Null when there is none open
 * (a closed incident is history: the next alert opens a new one).
 */
export async function findIncident(
  octokit: IssuesListClient,
  target: { owner: string; repo: string; label: string },
  key: { model: string; kind: string },
): Promise<OpenIncident | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    labels: target.label,
    state: "open",
    sort: "created",
    direction: "asc",
    per_page: 100,
  });
  for await (const { data } of pages) {
    const found = matchIncident(
      data.map((issue) => ({
        number: issue.number,
        nodeId: issue.node_id,
        body: issue.body ?? "",
        authorType: issue.user?.type ?? "",
        isPullRequest: issue.pull_request !== undefined,
      })),
      key,
    );
    if (found) return { number: found.number, nodeId: found.nodeId, body: found.body };
  }
  return null;
}
