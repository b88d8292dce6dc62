import nock from "nock";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import app from "../../../src/index.js";
import { READ_PULL_LINKS } from "../../../src/github/pulls/read-pull-links.js";
import { createTestProbot } from "../../helpers/probot.js";
import {
  BOT,
  alertPayload,
  boardFound,
  capture,
  cardAdded,
  commonRequests,
  comments,
  deploymentHistory,
  graphql,
  openIncidents,
  labelsListed,
  recentIncidents,
  stableDeployment,
} from "./wire-fixtures.js";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-02T09:30:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

/** 2.5.0 at 25 % since 2026-11-02 08:00 (deployment 12, PR #42), 2.4.0 the stable version. */
const canary = {
  id: 12,
  sha: "b".repeat(40),
  environment: "production",
  created_at: "2026-11-02T08:00:00Z",
  creator: BOT,
  payload: {
    model: "fraud-detector",
    version: "2.5.0",
    rollout: 25,
    stable_version: "2.4.0",
    metrics: { accuracy: 0.94 },
    pull_request: 42,
  },
};

/**
 * The rollback of deployment 12 as /rollback makes it: deployment 13, the statuses, the PR's
 * reply; the PR's links read for its card unless `card` is false (a broken config: no board).
 */
function rollbackRequests(scope: nock.Scope, sent: Record<string, unknown>, card = true) {
  // The rollback reads the history again, as /rollback does.
  deploymentHistory(scope, [stableDeployment, canary]);
  capture(scope, "/repos/acme/models/deployments", sent, "deployment", [
    201,
    { id: 13, created_at: "2026-11-02T09:30:01Z" },
  ]);
  // Another replica made no rollback at the same moment: ours is the only new one.
  scope
    .get("/repos/acme/models/deployments")
    .query({ environment: "production", sha: "b".repeat(40), per_page: "100" })
    .reply(200, [{ ...canary, id: 13, payload: { ...canary.payload, rollout: 0 } }, canary]);
  capture(scope, "/repos/acme/models/deployments/13/statuses", sent, "inProgress", [201, {}]);
  capture(scope, "/repos/acme/models/deployments/12/statuses", sent, "inactive", [201, {}]);
  // The PR closes no deployment issue: no card to update.
  if (card)
    graphql(
      scope,
      READ_PULL_LINKS,
      { owner: "acme", repo: "models", number: 42, first: 50 },
      {
        repository: {
          pullRequest: {
            id: "PR_42",
            number: 42,
            state: "OPEN",
            headRefOid: "b".repeat(40),
            body: "Ships 2.5.0.",
            url: "https://github.com/acme/models/pull/42",
            closingIssuesReferences: { totalCount: 0, nodes: [] },
          },
        },
      },
    );
  comments(scope, 42);
  capture(scope, "/repos/acme/models/issues/42/comments", sent, "prReply", [201, { id: 420 }]);
}

test("a latency alert during a rollout at 25 %: the rollback first (deployment, inactive statuses, the PR's reply), then the incident and its note", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  const sent: Record<string, unknown> = {};
  commonRequests(scope, [stableDeployment, canary]);
  rollbackRequests(scope, sent);
  // Then the incident: none touched lately, none open; opened, and no other replica's.
  recentIncidents(scope, []);
  openIncidents(scope, []);
  labelsListed(scope);
  capture(scope, "/repos/acme/models/issues", sent, "incident", [
    201,
    { number: 9, node_id: "I_9" },
  ]);
  openIncidents(scope, [
    {
      number: 9,
      node_id: "I_9",
      body: '<!-- mlops-bot:incident {"model":"fraud\\u002ddetector","kind":"latency"} -->',
      user: BOT,
    },
  ]);
  // A new incident has no comments to look through: the note is added at once.
  capture(scope, "/repos/acme/models/issues/9/comments", sent, "incidentNote", [201, { id: 90 }]);
  boardFound(scope);
  cardAdded(
    scope,
    "I_9",
    { status: "Monitoring", kind: "Incident", model: "fraud-detector", version: "2.4.0" },
    false,
  );

  await probot.receive({
    id: "delivery-8",
    name: "repository_dispatch",
    payload: alertPayload({
      model: "fraud-detector",
      kind: "latency",
      metric: "latency_p95_ms",
      value: 81.5,
      threshold: 50,
    }),
  } as never);

  const reason = "latency alert: latency_p95_ms 81.5 above the threshold 50 in production";
  expect(sent.incident).toMatchObject({
    title: "Incident: fraud-detector latency in production",
    body: expect.stringContaining("| Live at the alert | 2.4.0 (75%), 2.5.0 (25%) |"),
  });
  expect(sent.deployment).toEqual({
    ref: "b".repeat(40),
    environment: "production",
    production_environment: true,
    auto_merge: false,
    required_contexts: [],
    task: "deploy",
    payload: {
      model: "fraud-detector",
      version: "2.5.0",
      rollout: 0,
      stable_version: "2.4.0",
      metrics: { accuracy: 0.94 },
      pull_request: 42,
      // What caused it: a redelivery of this alert finds this deployment and finishes it.
      alert_delivery: "delivery-8",
      reason,
    },
    description: `Rollback of fraud-detector 2.5.0: ${reason}`,
  });
  expect(sent.inProgress).toEqual({
    state: "in_progress",
    description: `Rollback of fraud-detector 2.5.0: ${reason}`,
    auto_inactive: false,
  });
  expect(sent.inactive).toEqual({
    state: "inactive",
    description: "Rolled back by deployment 13",
    auto_inactive: false,
  });
  expect(sent.prReply).toEqual({
    body: [
      "<!-- mlops-bot:command rollback-13 -->",
      "↩️ **fraud-detector v2.5.0 is rolled back in production** automatically, by a monitoring alert: v2.4.0 takes all the traffic again.",
      "",
      "Deployment 13 records it (`rollout: 0`); the canary's earlier deployments are marked inactive and the card's rollout boxes are cleared.",
      "",
      "**Reason:** latency alert: latency\\_p95\\_ms 81.5 above the threshold 50 in production",
      "",
      "**Next:** fix the regression on this PR; once the gates pass again, start over with `/promote`.",
    ].join("\n"),
  });
  expect(sent.incidentNote).toEqual({
    body: [
      '<!-- mlops-bot:alert-rollback "delivery\\u002d8" -->',
      "⏪ Rolled back automatically: fraud-detector 2.5.0 was at 25% in production (pull request #42); all traffic is back on 2.4.0.",
      "Deployment 13 records it, with this alert as the reason.",
      "",
    ].join("\n"),
  });
  expect(scope.isDone()).toBe(true);
});

test("the issues API answers 500: the rollback still happens first, then the delivery fails for GitHub to redeliver", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  const sent: Record<string, unknown> = {};
  commonRequests(scope, [stableDeployment, canary]);
  rollbackRequests(scope, sent);
  recentIncidents(scope, []);
  openIncidents(scope, []);
  labelsListed(scope);
  scope.post("/repos/acme/models/issues").reply(500, { message: "Server Error" });

  await expect(
    probot.receive({
      id: "delivery-8",
      name: "repository_dispatch",
      payload: alertPayload({
        model: "fraud-detector",
        kind: "latency",
        metric: "latency_p95_ms",
        value: 81.5,
        threshold: 50,
      }),
    } as never),
  ).rejects.toThrow("Server Error");

  // Traffic is back on 2.4.0 although no incident could be opened; no note, no board work.
  expect(sent.deployment).toMatchObject({
    ref: "b".repeat(40),
    payload: { version: "2.5.0", rollout: 0, alert_delivery: "delivery-8" },
  });
  expect(sent.inactive).toEqual({
    state: "inactive",
    description: "Rolled back by deployment 13",
    auto_inactive: false,
  });
  expect(sent.prReply).toBeDefined();
  expect(scope.isDone()).toBe(true);
});

test("an invalid .github/mlops.yml during a rollout: rolled back with the defaults, and no board touched (not even the PR's card)", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  const sent: Record<string, unknown> = {};
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope
    .get("/repos/acme/models/contents/.github%2Fmlops.yml")
    .reply(200, "rollout:\n  steps: [5, 500]\n");
  scope.get("/app").reply(200, { slug: "mlops-bot" });
  deploymentHistory(scope, [stableDeployment, canary]);
  // No READ_PULL_LINKS for the card: the defaults' board may not be the team's.
  rollbackRequests(scope, sent, false);
  recentIncidents(scope, []);
  openIncidents(scope, []);
  capture(scope, "/repos/acme/models/issues", sent, "incident", [
    201,
    { number: 9, node_id: "I_9" },
  ]);
  openIncidents(scope, [
    {
      number: 9,
      node_id: "I_9",
      body: '<!-- mlops-bot:incident {"model":"fraud\\u002ddetector","kind":"latency"} -->',
      user: BOT,
    },
  ]);
  capture(scope, "/repos/acme/models/issues/9/comments", sent, "note", [201, { id: 90 }]);

  await probot.receive({
    id: "delivery-9",
    name: "repository_dispatch",
    payload: alertPayload({
      model: "fraud-detector",
      kind: "latency",
      metric: "latency_p95_ms",
      value: 81.5,
      threshold: 50,
    }),
  } as never);

  expect(sent.deployment).toMatchObject({ payload: { rollout: 0, alert_delivery: "delivery-9" } });
  expect(sent.prReply).toBeDefined();
  expect(scope.isDone()).toBe(true);
});
