import { isDeepStrictEqual } from "node:util";
import nock from "nock";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import app from "../../../src/index.js";
import { ADD_CARD_ITEM } from "../../../src/github/projects/ensure-card-item.js";
import { FIND_BOARDS_BY_TITLE } from "../../../src/github/projects/find-board.js";
import { FIND_CARD_ITEM } from "../../../src/github/projects/find-card-item.js";
import { buildCardValuesMutation } from "../../../src/github/projects/set-card-values.js";
import { webhookExample } from "../../../src/simulator/webhook-example.js";
import {
  contractBoardFields,
  orgWithProjects,
  project,
} from "../../github/projects/board-fixtures.js";
import { expectValidGraphQL } from "../../helpers/graphql-schema.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";

const AT = new Date("2026-11-02T09:30:00Z");
const BOT = { login: "mlops-bot[bot]", type: "Bot" };
const MARKER = '<!-- mlops-bot:incident {"model":"fraud\\u002ddetector","kind":"latency"} -->';

beforeEach(() => {
  nock.disableNetConnect();
  vi.useFakeTimers({ toFake: ["Date"], now: AT });
});
afterEach(() => {
  vi.useRealTimers();
  nock.cleanAll();
  nock.enableNetConnect();
});

/** A real `repository_dispatch` payload, moved to acme/models and made an mlops-alert. */
function alertPayload() {
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
  payload.client_payload = {
    model: "fraud-detector",
    kind: "latency",
    metric: "latency_p95_ms",
    value: 81.5,
    threshold: 50,
    url: "https://grafana.example/d/abc",
  };
  return payload;
}

/** Token, config (none: defaults), the bot's login and the deployment history: 2.4.0 at 100 %. */
function commonRequests(scope: nock.Scope) {
  for (const [method, path] of [
    ["GET", "/repos/{owner}/{repo}/contents/{path}"],
    ["GET", "/repos/{owner}/{repo}/deployments"],
    ["GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses"],
    ["GET", "/repos/{owner}/{repo}/issues"],
    ["POST", "/repos/{owner}/{repo}/issues"],
    ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
    ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ])
    expectRestRoute(method!, path!);
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/app").reply(200, { slug: "mlops-bot" });
  scope
    .get("/repos/acme/models/deployments")
    .query({ environment: "production", per_page: "100" })
    .reply(200, [
      {
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
      },
    ]);
  scope
    .get("/repos/acme/models/deployments/11/statuses")
    .query({ per_page: "100" })
    .reply(200, [{ state: "success", created_at: "2026-11-01T10:05:00Z" }]);
}

function openIncidents(scope: nock.Scope, issues: unknown[]) {
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

function graphql(
  scope: nock.Scope,
  query: string,
  variables: Record<string, unknown>,
  data: unknown,
) {
  expectValidGraphQL(query);
  const body = JSON.parse(JSON.stringify({ query, variables })) as unknown;
  scope.post("/graphql", (sent) => isDeepStrictEqual(sent, body)).reply(200, { data });
}

test("a first latency alert: the incident issue with its exact body, then its card in Monitoring", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  commonRequests(scope);
  openIncidents(scope, []);
  let created: unknown;
  scope
    .post("/repos/acme/models/issues", (body: unknown) => {
      created = body;
      return true;
    })
    .reply(201, { number: 9, node_id: "I_9" });
  graphql(
    scope,
    FIND_BOARDS_BY_TITLE,
    { owner: "acme", title: "MLOps", cursor: null },
    orgWithProjects([project({ number: 7, items: 3 })]),
  );
  graphql(
    scope,
    FIND_CARD_ITEM,
    { contentId: "I_9", cursor: null },
    {
      node: { projectItems: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } },
    },
  );
  graphql(
    scope,
    ADD_CARD_ITEM,
    { projectId: "PVT_7", contentId: "I_9" },
    { addProjectV2ItemById: { item: { id: "PVTI_9" } } },
  );
  const values = buildCardValuesMutation({ id: "PVT_7", fields: contractBoardFields() }, "PVTI_9", {
    status: "Monitoring",
    kind: "Incident",
    model: "fraud-detector",
    version: "2.4.0",
  });
  expect(values.unset).toEqual([]);
  graphql(scope, values.document ?? "", values.variables, {
    status: { projectV2Item: { id: "PVTI_9" } },
    kind: { projectV2Item: { id: "PVTI_9" } },
    model: { projectV2Item: { id: "PVTI_9" } },
    version: { projectV2Item: { id: "PVTI_9" } },
  });

  await probot.receive({
    id: "delivery-1",
    name: "repository_dispatch",
    payload: alertPayload(),
  } as never);

  expect(created).toEqual({
    title: "Incident: fraud-detector latency in production",
    labels: ["ml-monitoring"],
    body: [
      MARKER,
      '<!-- mlops-bot:alert-delivery "delivery\\u002d1" -->',
      "## Incident: fraud-detector — latency",
      "",
      "The monitoring reported latency for fraud-detector in production.",
      "",
      "| | |",
      "| --- | --- |",
      "| Model | fraud-detector |",
      "| Kind | latency |",
      "| Metric | latency\\_p95\\_ms |",
      "| Value | 81.5 (above the threshold 50) |",
      "| Environment | production |",
      "| Live at the alert | 2.4.0 (100%) |",
      "| Alert time | 2026-11-02T09:30:00Z |",
      "| Link | [open the dashboard](https://grafana.example/d/abc) |",
      "",
      "While this issue is open, later alerts for this model and kind are added here as comments.",
      "Close it once resolved: the next alert then opens a new incident.",
      "",
    ].join("\n"),
  });
  expect(scope.isDone()).toBe(true);
});

test("a repeat alert while the incident is open: one comment with its exact body, no board work", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  commonRequests(scope);
  openIncidents(scope, [
    {
      number: 3,
      node_id: "I_3",
      body: "an incident of a person, copying the marker\n" + MARKER,
      user: { login: "alice", type: "User" },
    },
    {
      number: 9,
      node_id: "I_9",
      body: `${MARKER}\n<!-- mlops-bot:alert-delivery "delivery\\u002d1" -->`,
      user: BOT,
    },
  ]);
  scope
    .get("/repos/acme/models/issues/9/comments")
    .query({ per_page: "100" })
    .reply(200, [{ id: 1, body: "Looking into it.", user: { login: "alice", type: "User" } }]);
  let posted: unknown;
  scope
    .post("/repos/acme/models/issues/9/comments", (body: unknown) => {
      posted = body;
      return true;
    })
    .reply(201, { id: 2 });

  await probot.receive({
    id: "delivery-2",
    name: "repository_dispatch",
    payload: alertPayload(),
  } as never);

  expect(posted).toEqual({
    body: [
      '<!-- mlops-bot:alert-delivery "delivery\\u002d2" -->',
      "🔁 Alert again at 2026-11-02T09:30:00Z: latency\\_p95\\_ms is 81.5 (above the threshold 50) in production. [Open the dashboard](https://grafana.example/d/abc).",
      "",
    ].join("\n"),
  });
  expect(scope.isDone()).toBe(true);
});

test("the same delivery again: its mark is in the incident's body, nothing is written", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  commonRequests(scope);
  openIncidents(scope, [
    {
      number: 9,
      node_id: "I_9",
      body: `${MARKER}\n<!-- mlops-bot:alert-delivery "delivery\\u002d1" -->`,
      user: BOT,
    },
  ]);
  // A redelivery re-checks the board placement: the card is there already.
  graphql(
    scope,
    FIND_BOARDS_BY_TITLE,
    { owner: "acme", title: "MLOps", cursor: null },
    orgWithProjects([project({ number: 7, items: 3 })]),
  );
  graphql(
    scope,
    FIND_CARD_ITEM,
    { contentId: "I_9", cursor: null },
    {
      node: {
        projectItems: {
          nodes: [{ id: "PVTI_9", project: { id: "PVT_7" } }],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    },
  );
  await probot.receive({
    id: "delivery-1",
    name: "repository_dispatch",
    payload: alertPayload(),
  } as never);
  expect(scope.isDone()).toBe(true);
});
