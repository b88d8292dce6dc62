import nock from "nock";
import { expect, test } from "vitest";
import app from "../../../src/index.js";
import { createTestProbot } from "../../helpers/probot.js";
import {
  appBasics,
  boardValues,
  card,
  cardAt,
  COMMENT_ID,
  commentPayload,
  history,
  issueBody,
  ISSUE,
  listedDeployment,
  PR,
  pullLinks,
  recordWrites,
  REPO,
  SHA,
  stepPayload,
} from "./rollout-nock-fixtures.js";

/** 2.3.0 finished; 2.4.0 at 5% then 25%, both reported successful by the deploy job. */
function canaryAt25(scope: nock.Scope) {
  history(
    scope,
    [
      listedDeployment(1000, stepPayload("2.3.0", 100), "2026-10-01T09:00:00Z"),
      listedDeployment(1001, stepPayload("2.4.0", 5), "2026-11-01T09:00:00Z"),
      listedDeployment(1002, stepPayload("2.4.0", 25), "2026-11-02T09:00:00Z"),
    ],
    {
      1000: [{ state: "success", created_at: "2026-10-01T09:05:00Z" }],
      1001: [{ state: "success", created_at: "2026-11-01T09:05:00Z" }],
      1002: [{ state: "success", created_at: "2026-11-02T09:05:00Z" }],
    },
  );
}

test("/rollback <reason>: the rollout: 0 deployment, inactive on both canary steps, the card, the reply", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  scope.get(`${REPO}/collaborators/Codertocat/permission`).reply(200, {
    permission: "admin",
    role_name: "admin",
    user: { permissions: { admin: true, push: true, pull: true } },
  });
  // Once: the card that names the model is the one the rollback updates.
  pullLinks(scope, cardAt(25));
  issueBody(scope, cardAt(25));
  canaryAt25(scope);
  const rollback = stepPayload("2.4.0", 0, {
    comment_id: COMMENT_ID,
    reason: "latency regression",
  });
  scope
    .post(`${REPO}/issues/comments/${COMMENT_ID}/reactions`)
    .twice()
    .reply(201, { id: 1 })
    .post(`${REPO}/deployments`)
    .reply(201, { id: 1003, created_at: "2026-11-03T09:00:00Z" })
    .get(`${REPO}/deployments`)
    .query({ environment: "production", sha: SHA, per_page: "100" })
    .reply(200, [listedDeployment(1003, rollback, "2026-11-03T09:00:00Z")])
    .post(`${REPO}/deployments/1003/statuses`)
    .reply(201, { id: 1 })
    .post(`${REPO}/deployments/1001/statuses`)
    .reply(201, { id: 2 })
    .post(`${REPO}/deployments/1002/statuses`)
    .reply(201, { id: 3 })
    .patch(`${REPO}/issues/${ISSUE}`)
    .reply(200, {})
    .get(`${REPO}/issues/${PR}/comments`)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(`${REPO}/issues/${PR}/comments`)
    .reply(201, { id: 9 });
  const board = boardValues(
    scope,
    { rolloutPercent: 0 },
    { rolloutPercent: 25, status: "Deployment" },
  );

  const { probot } = createTestProbot();
  await probot.load(app);
  await probot.receive({
    id: "d-1",
    name: "issue_comment",
    payload: commentPayload("/rollback latency regression") as never,
  });

  expect(scope.pendingMocks()).toEqual([]);
  const inactive = {
    state: "inactive",
    description: "Rolled back by deployment 1003",
    auto_inactive: false,
  };
  expect(writes).toEqual([
    {
      request: `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
      body: { content: "eyes" },
    },
    {
      request: `POST ${REPO}/deployments`,
      body: {
        ref: SHA,
        environment: "production",
        production_environment: true,
        auto_merge: false,
        required_contexts: [],
        task: "deploy",
        payload: {
          model: "fraud-detector",
          version: "2.4.0",
          rollout: 0,
          stable_version: "2.3.0",
          metrics: { accuracy: 0.931 },
          pull_request: PR,
          comment_id: COMMENT_ID,
          reason: "latency regression",
        },
        description: "Rollback of fraud-detector 2.4.0: latency regression",
      },
    },
    {
      request: `POST ${REPO}/deployments/1003/statuses`,
      body: {
        state: "in_progress",
        description: "Rollback of fraud-detector 2.4.0: latency regression",
        auto_inactive: false,
      },
    },
    { request: `POST ${REPO}/deployments/1001/statuses`, body: inactive },
    { request: `POST ${REPO}/deployments/1002/statuses`, body: inactive },
    // Every rollout box unticked: the card reads as it did before the rollout.
    { request: `PATCH ${REPO}/issues/${ISSUE}`, body: { body: card } },
    { request: "GraphQL SetCardValues", body: board },
    {
      request: `POST ${REPO}/issues/${PR}/comments`,
      body: {
        body: [
          `<!-- mlops-bot:command ${COMMENT_ID} -->`,
          "> /rollback latency regression",
          "",
          "↩️ **fraud-detector v2.4.0 is rolled back in production**: v2.3.0 takes all the traffic again.",
          "",
          "Deployment 1003 records it (`rollout: 0`); the canary's earlier deployments are marked inactive and the card's rollout boxes are cleared.",
          "",
          "**Reason:** latency regression",
          "",
          "**Next:** fix the regression on this PR; once the gates pass again, start over with `/promote`.",
        ].join("\n"),
      },
    },
    {
      request: `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
      body: { content: "rocket" },
    },
  ]);
  expect(board).toMatchObject({ rolloutPercent: { value: { number: 0 } } });
});

test("/rollback with nothing in progress: refused with 👎, nothing deployed or marked", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  scope.get(`${REPO}/collaborators/Codertocat/permission`).reply(200, {
    permission: "write",
    role_name: "write",
    user: { permissions: { push: true, pull: true } },
  });
  pullLinks(scope, cardAt(100));
  history(scope, [listedDeployment(1000, stepPayload("2.3.0", 100), "2026-10-01T09:00:00Z")], {
    1000: [{ state: "success", created_at: "2026-10-01T09:05:00Z" }],
  });
  scope
    .post(`${REPO}/issues/comments/${COMMENT_ID}/reactions`)
    .twice()
    .reply(201, { id: 1 })
    .get(`${REPO}/issues/${PR}/comments`)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(`${REPO}/issues/${PR}/comments`)
    .reply(201, { id: 9 });

  const { probot } = createTestProbot();
  await probot.load(app);
  await probot.receive({
    id: "d-2",
    name: "issue_comment",
    payload: commentPayload("/rollback") as never,
  });

  expect(scope.pendingMocks()).toEqual([]);
  expect(writes.map((w) => w.request)).toEqual([
    `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
    `POST ${REPO}/issues/${PR}/comments`,
    `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
  ]);
  expect(writes[1]?.body).toEqual({
    body: [
      `<!-- mlops-bot:command ${COMMENT_ID} -->`,
      "> /rollback",
      "",
      "👎 **Not done:** No rollout of fraud-detector is in progress in production. 2.3.0 serves all traffic. To replace a finished version, promote another one.",
      "",
      "Nothing was deployed and nothing changed.",
    ].join("\n"),
  });
  expect(writes[2]?.body).toEqual({ content: "-1" });
});
