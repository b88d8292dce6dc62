import nock from "nock";
import { expect, test } from "vitest";
import app from "../../../src/index.js";
import { createTestProbot } from "../../helpers/probot.js";
import {
  appBasics,
  BOT,
  boardValues,
  cardAt,
  deploymentStatusPayload,
  history,
  issueBody,
  ISSUE,
  listedDeployment,
  PR,
  pullLinks,
  recordWrites,
  REPO,
  stepPayload,
} from "./rollout-nock-fixtures.js";

const LOG = "https://github.com/Codertocat/Hello-World/actions/runs/9";

/** 2.3.0 finished, 2.4.0 at 5%, then the 25% step with these statuses. */
function historyWith25(scope: nock.Scope, statuses: Array<{ state: string; created_at: string }>) {
  history(
    scope,
    [
      listedDeployment(1000, stepPayload("2.3.0", 100), "2026-10-01T09:00:00Z"),
      listedDeployment(1001, stepPayload("2.4.0", 5), "2026-11-01T09:00:00Z"),
      listedDeployment(1002, stepPayload("2.4.0", 25), "2026-11-02T10:00:00Z"),
    ],
    {
      1000: [{ state: "success", created_at: "2026-10-01T09:05:00Z" }],
      1001: [{ state: "success", created_at: "2026-11-01T09:05:00Z" }],
      1002: statuses,
    },
  );
}

async function receive(payload: unknown) {
  const { probot } = createTestProbot();
  await probot.load(app);
  await probot.receive({ id: "s-1", name: "deployment_status", payload: payload as never });
}

test("failure on the 25% step: the card goes back to 5% and the PR gets the log link", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  historyWith25(scope, [
    { state: "failure", created_at: "2026-11-02T10:05:00Z" },
    { state: "in_progress", created_at: "2026-11-02T10:00:01Z" },
  ]);
  pullLinks(scope, cardAt(25));
  issueBody(scope, cardAt(25));
  scope
    .patch(`${REPO}/issues/${ISSUE}`)
    .reply(200, {})
    .get(`${REPO}/issues/${PR}/comments`)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(`${REPO}/issues/${PR}/comments`)
    .reply(201, { id: 9 });
  const board = boardValues(
    scope,
    { rolloutPercent: 5 },
    { rolloutPercent: 25, status: "Deployment" },
  );

  await receive(
    deploymentStatusPayload({
      deploymentId: 1002,
      payload: stepPayload("2.4.0", 25, { comment_id: 11 }),
      state: "failure",
      logUrl: LOG,
      description: "Moving fraud-detector 2.4.0 to 25% failed",
    }),
  );

  expect(scope.pendingMocks()).toEqual([]);
  expect(writes).toEqual([
    { request: `PATCH ${REPO}/issues/${ISSUE}`, body: { body: cardAt(5) } },
    { request: "GraphQL SetCardValues", body: board },
    {
      request: `POST ${REPO}/issues/${PR}/comments`,
      body: {
        body: [
          "<!-- mlops-bot:command deploy-1002 -->",
          "⚠️ **The deploy job reported failure for fraud-detector v2.4.0 at 25%** (deployment 1002): Moving fraud-detector 2.4.0 to 25% failed.",
          "",
          `Traffic stays at the previous step: v2.4.0 has 5%. [Read the deploy log](${LOG}), fix the cause, then type \`/promote 25%\` again, or \`/rollback <reason>\`.`,
        ].join("\n"),
      },
    },
  ]);
  expect(board).toMatchObject({ rolloutPercent: { value: { number: 5 } } });
});

test("success after a re-run of the failed step: the card shows 25% again, no reply", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  historyWith25(scope, [
    { state: "success", created_at: "2026-11-02T11:00:00Z" },
    { state: "failure", created_at: "2026-11-02T10:05:00Z" },
    { state: "in_progress", created_at: "2026-11-02T10:00:01Z" },
  ]);
  pullLinks(scope, cardAt(5));
  issueBody(scope, cardAt(5));
  scope.patch(`${REPO}/issues/${ISSUE}`).reply(200, {});
  const board = boardValues(
    scope,
    { rolloutPercent: 25 },
    { rolloutPercent: 5, status: "Deployment" },
  );

  await receive(
    deploymentStatusPayload({
      deploymentId: 1002,
      payload: stepPayload("2.4.0", 25, { comment_id: 11 }),
      state: "success",
      logUrl: LOG,
    }),
  );

  expect(scope.pendingMocks()).toEqual([]);
  expect(writes).toEqual([
    { request: `PATCH ${REPO}/issues/${ISSUE}`, body: { body: cardAt(25) } },
    { request: "GraphQL SetCardValues", body: board },
  ]);
});

test("a redelivered success: the card already shows 25%, so nothing is written", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  historyWith25(scope, [
    { state: "success", created_at: "2026-11-02T11:00:00Z" },
    { state: "in_progress", created_at: "2026-11-02T10:00:01Z" },
  ]);
  pullLinks(scope, cardAt(25));
  issueBody(scope, cardAt(25));
  const board = boardValues(
    scope,
    { rolloutPercent: 25 },
    { rolloutPercent: 25, status: "Deployment" },
  );

  await receive(
    deploymentStatusPayload({
      deploymentId: 1002,
      payload: stepPayload("2.4.0", 25, { comment_id: 11 }),
      state: "success",
      logUrl: LOG,
    }),
  );

  expect(scope.pendingMocks()).toEqual([]);
  expect(board).toEqual({});
  expect(writes).toEqual([]);
});

test("a status on others' deployments changes nothing", async () => {
  const scope = nock("https://api.github.com");
  scope.get("/app").reply(200, { id: 1, slug: "mlops-bot" });
  // The deployment GitHub records for a deploy job that names the environment.
  await receive(
    deploymentStatusPayload({
      deploymentId: 1500,
      payload: {},
      state: "success",
      creator: "github-actions[bot]",
    }),
  );
  expect(scope.pendingMocks()).toEqual([]);
  expect(nock.isDone()).toBe(true);
});

test("the app's own statuses change nothing: only its login is asked", async () => {
  const scope = nock("https://api.github.com");
  scope.get("/app").reply(200, { id: 1, slug: "mlops-bot" });
  // The error the app sets on a step that lost a race to a duplicate: a state the deploy job
  // reports too, so only the status's creator tells them apart.
  await receive(
    deploymentStatusPayload({
      deploymentId: 1003,
      payload: stepPayload("2.4.0", 25, { comment_id: 11 }),
      state: "error",
      description: "Duplicate of deployment 1002, made at the same moment.",
      statusCreator: BOT,
    }),
  );
  expect(scope.pendingMocks()).toEqual([]);
  expect(nock.isDone()).toBe(true);
});

test("the in_progress the app sets on a new step: not even the login is asked", async () => {
  const scope = nock("https://api.github.com");
  await receive(
    deploymentStatusPayload({
      deploymentId: 1002,
      payload: stepPayload("2.4.0", 25),
      state: "in_progress",
      statusCreator: BOT,
    }),
  );
  expect(scope.pendingMocks()).toEqual([]);
  expect(nock.isDone()).toBe(true);
});
