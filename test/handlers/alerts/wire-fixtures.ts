import nock from "nock";
import { FIND_BOARDS_BY_TITLE } from "../../../src/github/projects/find-board.js";
import { ADD_CARD_ITEM } from "../../../src/github/projects/ensure-card-item.js";
import { FIND_CARD_ITEM } from "../../../src/github/projects/find-card-item.js";
import { buildCardValuesMutation } from "../../../src/github/projects/set-card-values.js";
import { webhookExample } from "../../../src/simulator/webhook-example.js";
import {
  contractBoardFields,
  orgWithProjects,
  project,
} from "../../github/projects/board-fixtures.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { DEFAULT_LABEL_NAMES, repoLabels } from "../labels/label-fixtures.js";
import { expectGraphql as graphql } from "../../helpers/graphql-api.js";

/** The app's bot as the REST API shows it. */
export const BOT = { login: "mlops-bot[bot]", type: "Bot" };

/** 2.4.0 at 100 % since 2026-11-01 (deployment 11, PR #4). */
export const stableDeployment = {
  id: 11,
  sha: "a".repeat(40),
  environment: "production",
  created_at: "2026-11-01T10:00:00Z",
  creator: BOT,
  payload: {
    model: "fraud-detector",
    version: "2.4.0",
    rollout: 100,
    stable_version: "2.3.0",
    metrics: { accuracy: 0.93 },
    pull_request: 4,
  },
};

/** A real `repository_dispatch` payload, moved to acme/models and made an mlops-alert. */
export function alertPayload(clientPayload: Record<string, unknown>) {
  const payload = webhookExample("repository_dispatch", "on-demand-test") as Record<
    string,
    unknown
  > & {
    repository: { owner: { login: string }; name: string; full_name: string };
  };
  payload.repository.owner.login = "acme";
  payload.repository.name = "models";
  payload.repository.full_name = "acme/models";
  payload.action = "mlops-alert";
  payload.client_payload = clientPayload;
  return payload;
}

for (const [method, path] of [
  ["GET", "/repos/{owner}/{repo}/contents/{path}"],
  ["GET", "/repos/{owner}/{repo}/deployments"],
  ["POST", "/repos/{owner}/{repo}/deployments"],
  ["GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses"],
  ["POST", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses"],
  ["GET", "/repos/{owner}/{repo}/issues"],
  ["POST", "/repos/{owner}/{repo}/issues"],
  ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
])
  expectRestRoute(method!, path!);

/** The environment's history as listDeployments and listDeploymentStatuses answer it. */
export function deploymentHistory(
  scope: nock.Scope,
  deployments: Array<{ id: number }> = [stableDeployment],
) {
  scope
    .get("/repos/acme/models/deployments")
    .query({ environment: "production", per_page: "100" })
    .reply(200, deployments);
  for (const d of deployments)
    scope
      .get(`/repos/acme/models/deployments/${d.id}/statuses`)
      .query({ per_page: "100" })
      .reply(200, [{ state: "success", created_at: "2026-11-01T10:05:00Z" }]);
}

/** Token, config (none: defaults), the bot's login and the deployment history. */
export function commonRequests(
  scope: nock.Scope,
  deployments: Array<{ id: number }> = [stableDeployment],
) {
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/app").reply(200, { slug: "mlops-bot" });
  deploymentHistory(scope, deployments);
}

/**
 * The repository's labels, listed once (per repository and process) before the alert's first
 * issue is opened: every label of the app there already (`names` to list others).
 */
export function labelsListed(scope: nock.Scope, names: string[] = DEFAULT_LABEL_NAMES) {
  scope.get("/repos/acme/models/labels").query({ per_page: "100" }).reply(200, repoLabels(names));
}

/** The open issues labelled ml-monitoring, oldest first. */
export function openIncidents(scope: nock.Scope, issues: unknown[]) {
  scope
    .get("/repos/acme/models/issues")
    .query({
      labels: "ml-monitoring",
      state: "open",
      sort: "created",
      direction: "asc",
      per_page: "100",
    })
    .reply(200, issues);
}

/**
 * The issues labelled ml-monitoring updated within the redelivery window (4 days back from
 * the tests' 2026-11-02T09:30:00Z), open and closed, oldest first.
 */
export function recentIncidents(scope: nock.Scope, issues: unknown[]) {
  scope
    .get("/repos/acme/models/issues")
    .query({
      labels: "ml-monitoring",
      state: "all",
      since: "2026-10-29T09:30:00.000Z",
      sort: "created",
      direction: "asc",
      per_page: "100",
    })
    .reply(200, issues);
}

/** The issues labelled ml-retraining, open and closed, oldest first. */
export function retrainingIssues(scope: nock.Scope, issues: unknown[]) {
  scope
    .get("/repos/acme/models/issues")
    .query({
      labels: "ml-retraining",
      state: "all",
      sort: "created",
      direction: "asc",
      per_page: "100",
    })
    .reply(200, issues);
}

/** The comments of an issue or PR (one page). */
export function comments(scope: nock.Scope, issue: number, list: unknown[] = []) {
  scope
    .get(`/repos/acme/models/issues/${issue}/comments`)
    .query({ per_page: "100" })
    .reply(200, list);
}

/** A POST whose JSON body is kept in `sent[key]` for the test to compare whole. */
export function capture(
  scope: nock.Scope,
  path: string,
  sent: Record<string, unknown>,
  key: string,
  reply: [number, Record<string, unknown>],
) {
  scope
    .post(path, (body: unknown) => {
      sent[key] = body;
      return true;
    })
    .reply(...reply);
}

/** The board found by title (project 7, its fields set up). */
export function boardFound(scope: nock.Scope) {
  graphql(
    scope,
    FIND_BOARDS_BY_TITLE,
    { owner: "acme", title: "MLOps", cursor: null },
    orgWithProjects([project({ number: 7, items: 3 })]),
  );
}

/** An issue put on board 7 with its values set, as the exact mutations (after a lookup unless `lookup` is false). */
export function cardAdded(
  scope: nock.Scope,
  nodeId: string,
  values: { status: string; kind: string; model?: string; version?: string },
  /** false: an issue this delivery opened, which is not looked up on the board first. */
  lookup = true,
) {
  const item = `PVTI_${nodeId}`;
  if (lookup)
    graphql(
      scope,
      FIND_CARD_ITEM,
      { contentId: nodeId, cursor: null },
      { node: { projectItems: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } } },
    );
  graphql(
    scope,
    ADD_CARD_ITEM,
    { projectId: "PVT_7", contentId: nodeId },
    { addProjectV2ItemById: { item: { id: item } } },
  );
  const mutation = buildCardValuesMutation(
    { id: "PVT_7", fields: contractBoardFields() },
    item,
    values,
  );
  if (mutation.unset.length > 0) throw new Error(`fields not on the board: ${mutation.unset}`);
  const answer = Object.fromEntries(
    Object.keys(values).map((key) => [key, { projectV2Item: { id: item } }]),
  );
  graphql(scope, mutation.document ?? "", mutation.variables, answer);
}

/** One GraphQL request with exactly this document and these variables, valid for GitHub. */
export { graphql };
