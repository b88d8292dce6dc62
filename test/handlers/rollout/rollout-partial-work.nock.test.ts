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

const marker = `<!-- mlops-bot:command ${COMMENT_ID} -->`;
const eyes = {
  request: `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
  body: { content: "eyes" },
};
const reaction = (content: string) => ({ ...eyes, body: { content } });

function permission(scope: nock.Scope) {
  scope.get(`${REPO}/collaborators/Codertocat/permission`).reply(200, {
    permission: "write",
    role_name: "write",
    user: { login: "Codertocat", permissions: { pull: true, push: true } },
  });
}

function gatesPass(scope: nock.Scope) {
  for (const name of ["mlops/checklist", "mlops/evaluation"])
    scope
      .get(`${REPO}/commits/${SHA}/check-runs`)
      .query({ check_name: name, app_id: "1", filter: "latest", per_page: "1" })
      .reply(200, {
        total_count: 1,
        check_runs: [{ status: "completed", conclusion: "success", output: { title: "passed" } }],
      });
}

/**
 * The model's evaluation, read only for a step being made: none found. One read, answered
 * empty whichever way it is looked up (the commit's runs, or the app's `mlops/evaluation`
 * record); these tests are about what happens after the deployment exists.
 */
function noEvaluation(scope: nock.Scope) {
  scope
    .get(`${REPO}/actions/runs`)
    .query(true)
    .optionally()
    .reply(200, { total_count: 0, workflow_runs: [] })
    .get(`${REPO}/commits/${SHA}/check-runs`)
    .query(true)
    .optionally()
    .reply(200, { total_count: 0, check_runs: [] });
}

/** The reply, the comment lookup before it and the two reactions. */
function replies(scope: nock.Scope) {
  scope
    .post(`${REPO}/issues/comments/${COMMENT_ID}/reactions`)
    .twice()
    .reply(201, { id: 1 })
    .get(`${REPO}/issues/${PR}/comments`)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(`${REPO}/issues/${PR}/comments`)
    .reply(201, { id: 9 });
}

async function receive(body: string) {
  const { probot } = createTestProbot();
  await probot.load(app);
  return probot.receive({
    id: "p-1",
    name: "issue_comment",
    payload: commentPayload(body) as never,
  });
}

const stable = listedDeployment(1000, stepPayload("2.3.0", 100), "2026-10-01T09:00:00Z");
const stableStatus = { 1000: [{ state: "success", created_at: "2026-10-01T09:05:00Z" }] };

test("/promote on a fork's PR is refused with the reason and the fix; nothing is deployed", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  permission(scope);
  pullLinks(scope, cardAt(0), 1, {
    isCrossRepository: true,
    headRepository: { nameWithOwner: "mallory/Hello-World" },
  });
  gatesPass(scope);
  history(scope, [stable], stableStatus);
  replies(scope);

  await receive("/promote 5%");

  expect(scope.pendingMocks()).toEqual([]);
  expect(writes).toEqual([
    eyes,
    {
      request: `POST ${REPO}/issues/${PR}/comments`,
      body: {
        body: [
          marker,
          "> /promote 5%",
          "",
          "👎 **Not done:** PR #42 comes from the fork mallory/Hello-World, and `rollout.allow_forks` is off. The deploy workflow would run the fork's code with the secrets of the production environment.",
          "",
          "**Fix:** a maintainer pushes the branch to Codertocat/Hello-World and opens the release PR from there, then types the command on it. Or, if this team trusts fork PRs with production, set `allow_forks: true` under `rollout:` in `.github/mlops.yml`.",
          "",
          "Nothing was deployed and nothing changed.",
        ].join("\n"),
      },
    },
    reaction("-1"),
  ]);
});

test("/promote on a PR whose fork was deleted (head repository null) is refused as a fork's", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  permission(scope);
  pullLinks(scope, cardAt(0), 1, { isCrossRepository: true, headRepository: null });
  gatesPass(scope);
  history(scope, [stable], stableStatus);
  replies(scope);

  await receive("/promote");

  expect(scope.pendingMocks()).toEqual([]);
  const reply = (writes[1]?.body as { body: string }).body;
  expect(reply).toContain("PR #42 comes from a fork that has since been deleted");
  expect(writes.map((w) => w.request)).not.toContain(`POST ${REPO}/deployments`);
});

test("a status write failing after the deployment exists: the reply names it and what was left undone", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  permission(scope);
  pullLinks(scope, cardAt(0));
  gatesPass(scope);
  history(scope, [stable], stableStatus);
  noEvaluation(scope);
  const created = stepPayload("2.4.0", 5, { metrics: {}, comment_id: COMMENT_ID });
  scope
    .post(`${REPO}/deployments`)
    .reply(201, { id: 1001, created_at: "2026-11-02T09:00:00Z" })
    .get(`${REPO}/deployments`)
    .query({ environment: "production", sha: SHA, per_page: "100" })
    .reply(200, [listedDeployment(1001, created, "2026-11-02T09:00:00Z")])
    .post(`${REPO}/deployments/1001/statuses`)
    .reply(500, { message: "Server Error" });
  replies(scope);

  await expect(receive("/promote 5%")).rejects.toThrow();

  expect(scope.pendingMocks()).toEqual([]);
  expect(writes.map((w) => w.request)).toEqual([
    eyes.request,
    `POST ${REPO}/deployments`,
    `POST ${REPO}/deployments/1001/statuses`,
    `POST ${REPO}/issues/${PR}/comments`,
    eyes.request,
  ]);
  expect(writes[3]?.body).toEqual({
    body: [
      marker,
      "> /promote 5%",
      "",
      "⚠️ **GitHub answered with an error (500) after deployment 1001 was created:** Server Error",
      "",
      "Deployment 1001 exists: fraud-detector v2.4.0 to 5% of the traffic in production. GitHub has sent it to the deploy workflow, so the job may already be running and the traffic may already be moving.",
      "",
      "Left undone:",
      "- its `in_progress` status (the app's record that the step started);",
      "- the deployment card's rollout boxes and `Rollout %`;",
      "",
      "Type the command again to finish it: the same deployment gets what it lacks, and no second one is made. To stop it instead, type `/rollback <reason>`.",
    ].join("\n"),
  });
  expect(writes[4]?.body).toEqual({ content: "-1" });
});

test("the card write failing after the status: the reply says the card catches up on the job's report", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  permission(scope);
  pullLinks(scope, cardAt(0));
  gatesPass(scope);
  history(scope, [stable], stableStatus);
  noEvaluation(scope);
  const created = stepPayload("2.4.0", 5, { metrics: {}, comment_id: COMMENT_ID });
  scope
    .post(`${REPO}/deployments`)
    .reply(201, { id: 1001, created_at: "2026-11-02T09:00:00Z" })
    .get(`${REPO}/deployments`)
    .query({ environment: "production", sha: SHA, per_page: "100" })
    .reply(200, [listedDeployment(1001, created, "2026-11-02T09:00:00Z")])
    .post(`${REPO}/deployments/1001/statuses`)
    .reply(201, { id: 1 })
    .get(`${REPO}/issues/${ISSUE}`)
    .reply(502, { message: "Bad Gateway" });
  replies(scope);

  await expect(receive("/promote 5%")).rejects.toThrow();

  expect(scope.pendingMocks()).toEqual([]);
  const body = (writes.at(-2)?.body as { body: string }).body;
  expect(body.split("\n").slice(3)).toEqual([
    "⚠️ **GitHub answered with an error (502) after deployment 1001 was created:** Bad Gateway",
    "",
    "Deployment 1001 exists: fraud-detector v2.4.0 to 5% of the traffic in production. GitHub has sent it to the deploy workflow, so the job may already be running and the traffic may already be moving.",
    "",
    "Left undone:",
    "- the deployment card's rollout boxes and `Rollout %`;",
    "",
    "Nothing needs to be typed again: the deployment card catches up when the deploy job reports on deployment 1001.",
  ]);
});

test("/promote 5% retyped after the status failed: the same deployment gets in_progress, the card its box", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  permission(scope);
  pullLinks(scope, cardAt(0));
  gatesPass(scope);
  // The first comment (id 77) created 1001 and died before its status.
  const first = stepPayload("2.4.0", 5, { comment_id: 77 });
  history(scope, [stable, listedDeployment(1001, first, "2026-11-02T09:00:00Z")], {
    ...stableStatus,
    1001: [],
  });
  issueBody(scope, cardAt(0));
  scope
    .post(`${REPO}/deployments/1001/statuses`)
    .reply(201, { id: 1 })
    .patch(`${REPO}/issues/${ISSUE}`)
    .reply(200, {});
  const board = boardValues(scope, { rolloutPercent: 5 });
  replies(scope);

  await receive("/promote 5%");

  expect(scope.pendingMocks()).toEqual([]);
  expect(writes.slice(0, 4)).toEqual([
    eyes,
    {
      request: `POST ${REPO}/deployments/1001/statuses`,
      body: {
        state: "in_progress",
        description: "fraud-detector 2.4.0 to 5% of traffic",
        auto_inactive: false,
      },
    },
    { request: `PATCH ${REPO}/issues/${ISSUE}`, body: { body: cardAt(5) } },
    { request: "GraphQL SetCardValues", body: board },
  ]);
  const reply = (writes[4]?.body as { body: string }).body;
  expect(reply).toContain("now gets 5% of the traffic in production");
  expect(reply).toContain("Deployment 1001 of commit 5779607");
  expect(writes[5]).toEqual(reaction("rocket"));
});

test("a redelivered /rollback whose first delivery died before its status sets in_progress, then finishes", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  permission(scope);
  pullLinks(scope, cardAt(25));
  const rollback = stepPayload("2.4.0", 0, { comment_id: COMMENT_ID, reason: "latency" });
  history(
    scope,
    [
      stable,
      listedDeployment(1001, stepPayload("2.4.0", 5), "2026-11-01T09:00:00Z"),
      listedDeployment(1002, stepPayload("2.4.0", 25), "2026-11-02T09:00:00Z"),
      listedDeployment(1003, rollback, "2026-11-03T09:00:00Z"),
    ],
    {
      ...stableStatus,
      1001: [{ state: "success", created_at: "2026-11-01T09:05:00Z" }],
      1002: [{ state: "success", created_at: "2026-11-02T09:05:00Z" }],
      1003: [],
    },
  );
  issueBody(scope, cardAt(25));
  scope
    .post(`${REPO}/deployments/1003/statuses`)
    .reply(201, { id: 1 })
    .post(`${REPO}/deployments/1001/statuses`)
    .reply(201, { id: 2 })
    .post(`${REPO}/deployments/1002/statuses`)
    .reply(201, { id: 3 })
    .patch(`${REPO}/issues/${ISSUE}`)
    .reply(200, {});
  const board = boardValues(
    scope,
    { rolloutPercent: 0 },
    { rolloutPercent: 25, status: "Deployment" },
  );
  replies(scope);

  await receive("/rollback latency");

  expect(scope.pendingMocks()).toEqual([]);
  const inactive = {
    state: "inactive",
    description: "Rolled back by deployment 1003",
    auto_inactive: false,
  };
  expect(writes.slice(0, 6)).toEqual([
    eyes,
    {
      request: `POST ${REPO}/deployments/1003/statuses`,
      body: {
        state: "in_progress",
        description: "Rollback of fraud-detector 2.4.0: latency",
        auto_inactive: false,
      },
    },
    { request: `POST ${REPO}/deployments/1001/statuses`, body: inactive },
    { request: `POST ${REPO}/deployments/1002/statuses`, body: inactive },
    { request: `PATCH ${REPO}/issues/${ISSUE}`, body: { body: card } },
    { request: "GraphQL SetCardValues", body: board },
  ]);
  expect(writes.map((w) => w.request)).not.toContain(`POST ${REPO}/deployments`);
  expect(writes.at(-1)).toEqual(reaction("rocket"));
});
