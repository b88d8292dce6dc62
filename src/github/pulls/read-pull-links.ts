import { z } from "zod";
import { parseClosingReferences } from "../../domain/pulls/parse-closing-references.js";
import { readIssuesByNumber } from "./read-issues-by-number.js";
import {
  LINKED_ISSUE_FIELDS,
  linkedIssueSchema,
  toLinkedIssue,
  type LinkedIssue,
} from "./linked-issue.js";

export type { LinkedIssue } from "./linked-issue.js";

type Graphql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** How many closing issues one request reads; a PR that closes more is flagged `truncated`. */
export const MAX_LINKED_ISSUES = 50;

export const READ_PULL_LINKS = /* GraphQL */ `
  query ReadPullLinks($owner: String!, $repo: String!, $number: Int!, $first: Int!) {
    repository(owner: $owner, name: $repo) {
      defaultBranchRef {
        name
      }
      pullRequest(number: $number) {
        id
        number
        state
        headRefOid
        baseRefName
        body
        url
        isCrossRepository
        headRepository {
          nameWithOwner
        }
        closingIssuesReferences(first: $first) {
          totalCount
          nodes {${LINKED_ISSUE_FIELDS}          }
        }
      }
    }
  }
`;

const answerSchema = z.object({
  repository: z.object({
    // Optional, with baseRefName, only so answers recorded before they were asked still parse.
    defaultBranchRef: z.object({ name: z.string() }).nullable().optional(),
    pullRequest: z
      .object({
        id: z.string(),
        number: z.number(),
        state: z.enum(["OPEN", "CLOSED", "MERGED"]),
        headRefOid: z.string(),
        baseRefName: z.string().optional(),
        body: z.string(),
        url: z.string(),
        // Optional only so answers recorded before these fields were asked still parse.
        isCrossRepository: z.boolean().optional(),
        headRepository: z.object({ nameWithOwner: z.string() }).nullable().optional(),
        closingIssuesReferences: z.object({
          totalCount: z.number(),
          nodes: z.array(linkedIssueSchema.nullable()),
        }),
      })
      .nullable(),
  }),
});

/** A pull request with the issues it closes. */
export interface PullLinks {
  nodeId: string;
  number: number;
  state: "open" | "closed" | "merged";
  headSha: string;
  body: string;
  url: string;
  /** The head branch lives in another repository (a fork). */
  crossRepository?: boolean;
  /** `owner/name` of the head repository; null when that fork was deleted. */
  headRepository?: string | null;
  closing: LinkedIssue[];
  /**
   * Where `closing` comes from: GitHub's links (`closingIssuesReferences`, a PR into the
   * default branch), or the closing keywords of the body (a PR into any other branch, for
   * which GitHub links nothing; same-repository references only).
   */
  closingFrom: "github" | "body";
  /** More issues are linked than one request reads (MAX_LINKED_ISSUES). */
  truncated: boolean;
}

/**
 * Reads a pull request and the issues it closes, in one GraphQL request. GitHub links closing
 * issues only for PRs into the default branch: for a PR into another branch (a release
 * branch) the closing keywords of its body name the issues (same repository only), read in a
 * second request when there are any. Null: no such PR.
 */
export async function readPullLinks(
  gql: Graphql,
  pr: { owner: string; repo: string; number: number },
): Promise<PullLinks | null> {
  const answer = answerSchema.parse(
    await gql(READ_PULL_LINKS, { ...pr, first: MAX_LINKED_ISSUES }),
  );
  const found = answer.repository.pullRequest;
  if (!found) return null;
  const defaultBranch = answer.repository.defaultBranchRef?.name;
  const intoDefault =
    found.baseRefName === undefined || defaultBranch === undefined
      ? true
      : found.baseRefName === defaultBranch;
  const referenced = intoDefault
    ? []
    : parseClosingReferences(found.body, `${pr.owner}/${pr.repo}`);
  const linked = found.closingIssuesReferences.nodes.flatMap((issue) =>
    issue ? [toLinkedIssue(issue)] : [],
  );
  // Issues linked by hand in the sidebar still count; the body adds those GitHub left out.
  const fromBody = await readIssuesByNumber(
    gql,
    pr,
    referenced.filter((n) => !linked.some((l) => l.number === n)).slice(0, MAX_LINKED_ISSUES),
  );
  const closing = [...linked, ...fromBody];
  return {
    nodeId: found.id,
    number: found.number,
    state: found.state.toLowerCase() as PullLinks["state"],
    headSha: found.headRefOid,
    body: found.body,
    url: found.url,
    crossRepository: found.isCrossRepository,
    headRepository:
      found.headRepository === undefined
        ? undefined
        : (found.headRepository?.nameWithOwner ?? null),
    closing,
    closingFrom: intoDefault ? "github" : "body",
    truncated:
      found.closingIssuesReferences.totalCount > linked.length ||
      referenced.length > MAX_LINKED_ISSUES,
  };
}
