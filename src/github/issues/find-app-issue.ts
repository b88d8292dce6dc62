import type { ProbotOctokit } from "probot";
import { appIssuePages } from "./list-app-issues.js";

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export type IssuesListClient = Pick<ProbotOctokit, "paginate"> & {
  rest: { issues: Pick<ProbotOctokit["rest"]["issues"], "listForRepo"> };
};

/** Where to look: the issues of a repository with one label, open, closed or in any state. */
export interface AppIssueList {
  owner: string;
  repo: string;
  label: string;
  state: "open" | "closed" | "all";
  /** Only issues updated at or after this ISO-8601 time (GitHub's `since`). */
  since?: string;
}

/** An issue the app opened. */
export interface AppIssue {
  number: number;
  nodeId: string;
  body: string;
  state: "open" | "closed";
}

/**
 * The lowest-numbered issue the app opened (a Bot author, `botLogin` when given) whose body
 * carries `marker`, or null. Every page is read, oldest first, until one matches: two replicas
 * that both opened one then pick the same. Pull requests, which the issues list also returns,
 * and issues by people that copy the marker are skipped.
 */
export async function findAppIssue(
  octokit: IssuesListClient,
  list: AppIssueList,
  marker: string,
  botLogin?: string,
): Promise<AppIssue | null> {
  for await (const [found] of appIssuePages(octokit, list, marker, botLogin)) {
    if (found) return found;
  }
  return null;
}
