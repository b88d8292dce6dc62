import { fitGitHubBody } from "../../render/fit-github-text.js";

/** Title and label of the summary issue (the contract's "MLOps board"). */
export const SUMMARY_TITLE = "MLOps board";
export const SUMMARY_LABEL = "mlops-board";

interface IssuesClient {
  rest: {
    issues: {
      listForRepo(params: {
        owner: string;
        repo: string;
        labels: string;
        state: "all";
        sort: "created";
        direction: "asc";
        per_page: number;
      }): Promise<{ data: Array<{ number: number; node_id: string; pull_request?: unknown }> }>;
      create(params: {
        owner: string;
        repo: string;
        title: string;
        body: string;
        labels: string[];
      }): Promise<{ data: { number: number; node_id: string } }>;
    };
  };
  graphql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
}

export const PIN_ISSUE = /* GraphQL */ `
  mutation PinIssue($issueId: ID!) {
    pinIssue(input: { issueId: $issueId }) {
      issue {
        id
      }
    }
  }
`;

/**
 * Finds the summary issue (the oldest issue with the label, so that two replicas that
 * both created one converge on the same) or creates it, pinned where the API allows. The
 * first body is shortened, saying so, when it is over GitHub's limit.
 */
export async function ensureSummaryIssue(
  octokit: IssuesClient,
  repo: { owner: string; repo: string },
  initialBody: string,
): Promise<{ number: number; created: boolean; pinError?: string }> {
  const { data } = await octokit.rest.issues.listForRepo({
    ...repo,
    labels: SUMMARY_LABEL,
    state: "all",
    sort: "created",
    direction: "asc",
    per_page: 1,
  });
  const found = data.find((issue) => !issue.pull_request);
  if (found) return { number: found.number, created: false };
  const { data: issue } = await octokit.rest.issues.create({
    ...repo,
    title: SUMMARY_TITLE,
    body: fitGitHubBody(initialBody),
    labels: [SUMMARY_LABEL],
  });
  try {
    await octokit.graphql(PIN_ISSUE, { issueId: issue.node_id });
    return { number: issue.number, created: true };
  } catch (error) {
    // A repository pins at most three issues; a full pin list is not our problem to solve.
    return { number: issue.number, created: true, pinError: (error as Error).message };
  }
}
