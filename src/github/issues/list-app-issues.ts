import type { ProbotOctokit } from "probot";
import type { AppIssue, AppIssueList, IssuesListClient } from "./find-app-issue.js";

type ListedIssue = Awaited<
  ReturnType<ProbotOctokit["rest"]["issues"]["listForRepo"]>
>["data"][number];

/**
 * The issues of one page that the app opened (a Bot author, `botLogin` when given) and whose
 * body carries `marker`, lowest number first. Pull requests, which the issues list also
 * returns, and issues by people that copy the marker are skipped.
 */
export function appIssuesIn(
  page: readonly ListedIssue[],
  marker: string,
  botLogin?: string,
): AppIssue[] {
  return page
    .filter(
      (issue) =>
        issue.pull_request === undefined &&
        issue.user?.type === "Bot" &&
        (botLogin === undefined || issue.user.login === botLogin) &&
        (issue.body ?? "").includes(marker),
    )
    .sort((a, b) => a.number - b.number)
    .map((issue) => ({
      number: issue.number,
      nodeId: issue.node_id,
      body: issue.body ?? "",
      state: issue.state === "closed" ? "closed" : "open",
    }));
}

/**
 * The app's issues with `marker` in the list, one page at a time, oldest first: a caller
 * that needs only the first stops reading pages there.
 */
export async function* appIssuePages(
  octokit: IssuesListClient,
  list: AppIssueList,
  marker: string,
  botLogin?: string,
): AsyncGenerator<AppIssue[]> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: list.owner,
    repo: list.repo,
    labels: list.label,
    state: list.state,
    ...(list.since === undefined ? {} : { since: list.since }),
    sort: "created",
    direction: "asc",
    per_page: 100,
  });
  for await (const { data } of pages) yield appIssuesIn(data, marker, botLogin);
}

/**
 * Every issue the app opened with `marker` in the list, oldest first: all pages are read, so
 * the caller bounds the list (`since`: issues updated after that time).
 */
export async function listAppIssues(
  octokit: IssuesListClient,
  list: AppIssueList,
  marker: string,
  botLogin?: string,
): Promise<AppIssue[]> {
  const found: AppIssue[] = [];
  for await (const page of appIssuePages(octokit, list, marker, botLogin)) found.push(...page);
  return found;
}
