import { readFileSync } from "node:fs";
import nock from "nock";
import { FIND_BOARD_BY_NUMBER } from "../../../src/github/projects/find-board.js";
import { FIND_CARD_ITEM } from "../../../src/github/projects/find-card-item.js";
import { buildCardValuesMutation } from "../../../src/github/projects/set-card-values.js";
import { READ_PULL_LINKS } from "../../../src/github/pulls/read-pull-links.js";
import { webhookExample } from "../../../src/simulator/index.js";
import {
  contractBoardFields,
  orgWithProject,
  project,
} from "../../github/projects/board-fixtures.js";
import { expectGraphql as graphql } from "../../helpers/graphql-api.js";

export const OWNER = "Codertocat";
export const NAME = "Hello-World";
export const REPO = `/repos/${OWNER}/${NAME}`;
export const BOT = "mlops-bot[bot]";
export const SHA = "5779607b49aab1200488439f02372c57b4f75444";
export const PR = 42;
export const ISSUE = 7;
/** The id of the comment in `@octokit/webhooks-examples`' `issue_comment.created`. */
export const COMMENT_ID = 492700400;

/** The deployment card of fraud-detector v2.4.0, as the card handler writes it. */
export const card = readFileSync(
  new URL("../../domain/cards/__snapshots__/deployment-card.md", import.meta.url),
  "utf8",
);

/** The card with the rollout boxes up to `percent` ticked. */
export function cardAt(percent: number): string {
  return [5, 25, 50, 100]
    .filter((step) => step <= percent)
    .reduce((body, step) => body.replace(`- [ ] ${step}% traffic`, `- [x] ${step}% traffic`), card);
}

/** `issue_comment.created` of GitHub's example, moved to PR #42 with `body`. */
export function commentPayload(body: string) {
  const payload = webhookExample("issue_comment", "created") as {
    issue: Record<string, unknown>;
    comment: { body: string; id: number };
  };
  Object.assign(payload.issue, {
    number: PR,
    labels: [],
    pull_request: {
      url: `https://api.github.com${REPO}/pulls/${PR}`,
      html_url: `https://github.com/${OWNER}/${NAME}/pull/${PR}`,
      diff_url: `https://github.com/${OWNER}/${NAME}/pull/${PR}.diff`,
      patch_url: `https://github.com/${OWNER}/${NAME}/pull/${PR}.patch`,
    },
  });
  payload.comment.body = body;
  return payload;
}

/** `deployment_status.created` of GitHub's example, on one of the app's rollout steps. */
export function deploymentStatusPayload(input: {
  deploymentId: number;
  payload: Record<string, unknown>;
  state: string;
  logUrl?: string;
  description?: string;
  /** Who created the deployment (the app's bot by default). */
  creator?: string;
  /** Who set the status (the deploy job's `github-actions[bot]` by default). */
  statusCreator?: string;
}) {
  const event = webhookExample("deployment_status", "created") as {
    deployment: Record<string, unknown> & { creator: Record<string, unknown> };
    deployment_status: Record<string, unknown> & { creator: Record<string, unknown> };
  };
  Object.assign(event.deployment, {
    id: input.deploymentId,
    sha: SHA,
    ref: SHA,
    payload: input.payload,
    created_at: "2026-11-02T10:00:00Z",
  });
  Object.assign(event.deployment.creator, { login: input.creator ?? BOT, type: "Bot" });
  Object.assign(event.deployment_status, {
    state: input.state,
    description: input.description ?? "",
    log_url: input.logUrl ?? "",
    target_url: input.logUrl ?? "",
    created_at: "2026-11-02T10:05:00Z",
  });
  Object.assign(event.deployment_status.creator, {
    login: input.statusCreator ?? "github-actions[bot]",
    type: "Bot",
  });
  return event;
}

/** A deployment the app made, as `GET /repos/{owner}/{repo}/deployments` lists it. */
export function listedDeployment(
  id: number,
  payload: Record<string, unknown>,
  createdAt: string,
  creator = BOT,
) {
  return {
    id,
    sha: SHA,
    ref: SHA,
    task: "deploy",
    environment: "production",
    payload,
    created_at: createdAt,
    creator: { login: creator, type: creator.endsWith("[bot]") ? "Bot" : "User" },
  };
}

/** A payload of the app's rollout steps. */
export function stepPayload(
  version: string,
  rollout: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    model: "fraud-detector",
    version,
    rollout,
    stable_version: version === "2.3.0" ? null : "2.3.0",
    metrics: { accuracy: version === "2.3.0" ? 0.92 : 0.931 },
    pull_request: version === "2.3.0" ? 40 : PR,
    ...extra,
  };
}

/**
 * Lists the app's history of production (`listed`) and each deployment's statuses: the
 * requests `listAppDeployments` makes.
 */
export function history(
  scope: nock.Scope,
  listed: ReturnType<typeof listedDeployment>[],
  statuses: Record<number, Array<{ state: string; created_at: string }>>,
) {
  scope
    .get(`${REPO}/deployments`)
    .query({ environment: "production", per_page: "100" })
    .reply(200, listed);
  for (const [id, list] of Object.entries(statuses))
    scope.get(`${REPO}/deployments/${id}/statuses`).query({ per_page: "100" }).reply(200, list);
}

/** PR #42, open on SHA, closing the deployment issue #7 whose body is `body`; from `head`. */
export function pullLinks(
  scope: nock.Scope,
  body: string,
  times = 1,
  head?: { isCrossRepository: boolean; headRepository: { nameWithOwner: string } | null },
) {
  graphql(
    scope,
    READ_PULL_LINKS,
    { owner: OWNER, repo: NAME, number: PR, first: 50 },
    {
      repository: {
        pullRequest: {
          id: "PR_42",
          number: PR,
          state: "OPEN",
          headRefOid: SHA,
          body: `Closes #${ISSUE}`,
          url: `https://github.com/${OWNER}/${NAME}/pull/${PR}`,
          ...head,
          closingIssuesReferences: {
            totalCount: 1,
            nodes: [
              {
                id: "I_7",
                number: ISSUE,
                title: "Ship fraud-detector 2.4.0",
                body,
                state: "OPEN",
                url: `https://github.com/${OWNER}/${NAME}/issues/${ISSUE}`,
                repository: { nameWithOwner: `${OWNER}/${NAME}` },
                labels: { nodes: [{ name: "ml-deployment" }] },
              },
            ],
          },
        },
      },
    },
    times,
  );
}

/**
 * Board #7 found, the card's item on it holding `held` (Kind Deployment and Model besides),
 * and the values that differ from `held` set: no mutation when none does. Returns the
 * mutation's variables (`{}` without one).
 */
export function boardValues(
  scope: nock.Scope,
  values: { rolloutPercent: number; status?: string },
  held: { rolloutPercent: number; status: string } = { rolloutPercent: 0, status: "Deployment" },
) {
  graphql(
    scope,
    FIND_BOARD_BY_NUMBER,
    { owner: OWNER, number: 7 },
    orgWithProject(project({ items: 3 })),
  );
  const fields = contractBoardFields();
  const option = (key: "status" | "kind", name: string) => fields[key]?.options?.[name] ?? "";
  graphql(
    scope,
    FIND_CARD_ITEM,
    { contentId: "I_7", cursor: null },
    {
      node: {
        projectItems: {
          nodes: [
            {
              id: "PVTI_7",
              project: { id: "PVT_7" },
              fieldValues: {
                nodes: [
                  { text: "Release fraud-detector 2.4.0", field: { id: "F_title" } },
                  { optionId: option("status", held.status), field: { id: "F_status" } },
                  { optionId: option("kind", "Deployment"), field: { id: "F_kind" } },
                  { text: "fraud-detector", field: { id: "F_model" } },
                  { number: held.rolloutPercent, field: { id: "F_rollout_" } },
                ],
              },
            },
          ],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    },
  );
  const mutation = buildCardValuesMutation({ id: "PVT_7", fields }, "PVTI_7", values, {
    F_status: { optionId: option("status", held.status) },
    F_rollout_: { number: held.rolloutPercent },
  });
  if (mutation.document === null) return mutation.variables;
  graphql(
    scope,
    mutation.document,
    mutation.variables,
    Object.fromEntries(
      Object.keys(mutation.variables).map((k) => [k, { projectV2Item: { id: "PVTI_7" } }]),
    ),
  );
  return mutation.variables;
}

/**
 * Records the app's writes (method, path, body) in the order they are sent. GraphQL queries
 * are reads and left out; mutations are kept by their operation name.
 */
export function recordWrites(scope: nock.Scope) {
  const writes: Array<{ request: string; body: unknown }> = [];
  // nock hands the listener the fetch Request it matched.
  scope.on("request", (req: Request, _interceptor: unknown, body: string) => {
    const path = new URL(req.url).pathname;
    if (req.method === "GET" || path.endsWith("/access_tokens")) return;
    const parsed = body ? (JSON.parse(body) as Record<string, unknown>) : null;
    if (path === "/graphql") {
      const query = String(parsed?.query ?? "");
      if (!query.trimStart().startsWith("mutation")) return;
      const name = /mutation (\w+)/.exec(query)?.[1] ?? "?";
      writes.push({ request: `GraphQL ${name}`, body: parsed?.variables });
      return;
    }
    writes.push({ request: `${req.method} ${path}`, body: parsed });
  });
  return writes;
}

/** The token, the config (board #7, defaults otherwise) and the app's login. */
export function appBasics(scope: nock.Scope) {
  scope
    .post("/app/installations/1/access_tokens")
    .reply(200, { token: "test", permissions: {} })
    .get(`${REPO}/contents/.github%2Fmlops.yml`)
    .reply(200, "project:\n  number: 7\n", { "content-type": "text/plain" })
    .get("/app")
    .reply(200, { id: 1, slug: "mlops-bot" });
}

/** The deployment issue as `GET /repos/{owner}/{repo}/issues/{n}` answers: re-read before ticking. */
export function issueBody(scope: nock.Scope, body: string) {
  scope.get(`${REPO}/issues/${ISSUE}`).reply(200, { number: ISSUE, node_id: "I_7", body });
}

/** One GraphQL request with exactly this document and these variables, valid for GitHub. */
export { graphql };
