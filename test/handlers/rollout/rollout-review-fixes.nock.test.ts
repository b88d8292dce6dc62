import nock from "nock";
import { expect, test } from "vitest";
import { configSchema } from "../../../src/config/schema.js";
import app from "../../../src/index.js";
import { renderCommandHelp } from "../../../src/render/render-command-help.js";
import { createTestProbot } from "../../helpers/probot.js";
import {
  appBasics,
  boardValues,
  cardAt,
  COMMENT_ID,
  commentPayload,
  deploymentStatusPayload,
  history,
  ISSUE,
  issueBody,
  listedDeployment,
  PR,
  pullLinks,
  recordWrites,
  REPO,
  SHA,
  stepPayload,
} from "./rollout-nock-fixtures.js";

const marker = `<!-- mlops-bot:command ${COMMENT_ID} -->`;
/** A person ticked a Checklist box: the app must not undo it. */
const ticked = (body: string) => body.replace("- [ ] Model validated", "- [x] Model validated");

async function receive(name: "issue_comment" | "deployment_status", payload: unknown) {
  const { probot } = createTestProbot();
  await probot.load(app);
  await probot.receive({ id: "r-1", name, payload: payload as never });
}

test("a redelivered /promote whose deployment exists: no re-judging, the missing in_progress set, the same reply", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  scope.get(`${REPO}/collaborators/Codertocat/permission`).reply(200, {
    permission: "write",
    role_name: "write",
    user: { login: "Codertocat", permissions: { pull: true, push: true } },
  });
  pullLinks(scope, cardAt(5));
  // Since the first delivery, the gates fail: a new /promote would be refused. The first
  // delivery stopped right after POST /deployments (no status). No evaluation run is read: the
  // step exists, so no artifact is downloaded (an unmocked request would fail the delivery).
  for (const name of ["mlops/checklist", "mlops/evaluation"])
    scope
      .get(`${REPO}/commits/${SHA}/check-runs`)
      .query({ check_name: name, app_id: "1", filter: "latest", per_page: "1" })
      .reply(200, {
        total_count: 1,
        check_runs: [{ status: "completed", conclusion: "failure", output: { title: "failing" } }],
      });
  const made = stepPayload("2.4.0", 25, { comment_id: COMMENT_ID });
  history(
    scope,
    [
      listedDeployment(1000, stepPayload("2.3.0", 100), "2026-10-01T09:00:00Z"),
      listedDeployment(1001, stepPayload("2.4.0", 5), "2026-11-01T09:00:00Z"),
      listedDeployment(1002, made, "2026-11-02T09:00:00Z"),
    ],
    {
      1000: [{ state: "success", created_at: "2026-10-01T09:05:00Z" }],
      1001: [{ state: "success", created_at: "2026-11-01T09:05:00Z" }],
      1002: [],
    },
  );
  issueBody(scope, cardAt(5));
  scope
    .post(`${REPO}/issues/comments/${COMMENT_ID}/reactions`)
    .twice()
    .reply(201, { id: 1 })
    .post(`${REPO}/deployments/1002/statuses`)
    .reply(201, { id: 1 })
    .patch(`${REPO}/issues/${ISSUE}`)
    .reply(200, {})
    .get(`${REPO}/issues/${PR}/comments`)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(`${REPO}/issues/${PR}/comments`)
    .reply(201, { id: 9 });
  const board = boardValues(
    scope,
    { rolloutPercent: 25 },
    { rolloutPercent: 5, status: "Deployment" },
  );

  await receive("issue_comment", commentPayload("/promote 25%"));

  expect(scope.pendingMocks()).toEqual([]);
  expect(writes).toEqual([
    {
      request: `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
      body: { content: "eyes" },
    },
    {
      request: `POST ${REPO}/deployments/1002/statuses`,
      body: {
        state: "in_progress",
        description: "fraud-detector 2.4.0 to 25% of traffic",
        auto_inactive: false,
      },
    },
    { request: `PATCH ${REPO}/issues/${ISSUE}`, body: { body: cardAt(25) } },
    { request: "GraphQL SetCardValues", body: board },
    {
      request: `POST ${REPO}/issues/${PR}/comments`,
      body: {
        body: [
          marker,
          "> /promote 25%",
          "",
          "🚀 **fraud-detector v2.4.0 now gets 25% of the traffic in production** (it had 5%); v2.3.0 serves the rest.",
          "",
          "Deployment 1002 of commit 5779607 is in progress: the deploy workflow moves the traffic weights and reports success or failure on it. Gates passed: checklist and evaluation.",
          "",
          "**Next:** `/promote 50%` when the metrics hold at 25%, or `/rollback <reason>` to send all traffic back to v2.3.0.",
        ].join("\n"),
      },
    },
    {
      request: `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
      body: { content: "rocket" },
    },
  ]);
});

test("the card body is re-read right before it is ticked: a box a person ticked meanwhile stays", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
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
      1002: [{ state: "success", created_at: "2026-11-02T10:05:00Z" }],
    },
  );
  // The PR's GraphQL answer carries the body as it was; the GET, the person's tick since.
  pullLinks(scope, cardAt(5));
  issueBody(scope, ticked(cardAt(5)));
  scope.patch(`${REPO}/issues/${ISSUE}`).reply(200, {});
  const board = boardValues(
    scope,
    { rolloutPercent: 25 },
    { rolloutPercent: 5, status: "Deployment" },
  );

  await receive(
    "deployment_status",
    deploymentStatusPayload({
      deploymentId: 1002,
      payload: stepPayload("2.4.0", 25),
      state: "success",
    }),
  );

  expect(scope.pendingMocks()).toEqual([]);
  expect(writes).toEqual([
    { request: `PATCH ${REPO}/issues/${ISSUE}`, body: { body: ticked(cardAt(25)) } },
    { request: "GraphQL SetCardValues", body: board },
  ]);
});

test("a failed 100% step moves the card from Monitoring back to Deployment, at the previous share", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  history(
    scope,
    [
      listedDeployment(1000, stepPayload("2.3.0", 100), "2026-10-01T09:00:00Z"),
      listedDeployment(1001, stepPayload("2.4.0", 50), "2026-11-01T09:00:00Z"),
      listedDeployment(1002, stepPayload("2.4.0", 100), "2026-11-02T10:00:00Z"),
    ],
    {
      1000: [{ state: "success", created_at: "2026-10-01T09:05:00Z" }],
      1001: [{ state: "success", created_at: "2026-11-01T09:05:00Z" }],
      1002: [{ state: "failure", created_at: "2026-11-02T10:05:00Z" }],
    },
  );
  pullLinks(scope, cardAt(100));
  issueBody(scope, cardAt(100));
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
    { rolloutPercent: 50, status: "Deployment" },
    { rolloutPercent: 100, status: "Monitoring" },
  );

  await receive(
    "deployment_status",
    deploymentStatusPayload({
      deploymentId: 1002,
      payload: stepPayload("2.4.0", 100),
      state: "failure",
    }),
  );

  expect(scope.pendingMocks()).toEqual([]);
  // The history jumps straight to 50%: 5% and 25% were skipped, and say so.
  const at50 = cardAt(50)
    .replace("- [x] 5% traffic", "- [ ] 5% traffic (skipped)")
    .replace("- [x] 25% traffic", "- [ ] 25% traffic (skipped)");
  expect(writes.slice(0, 2)).toEqual([
    { request: `PATCH ${REPO}/issues/${ISSUE}`, body: { body: at50 } },
    { request: "GraphQL SetCardValues", body: board },
  ]);
  expect(board).toMatchObject({
    status: { fieldId: "F_status" },
    rolloutPercent: { value: { number: 50 } },
  });
  expect(writes[2]?.request).toBe(`POST ${REPO}/issues/${PR}/comments`);
});

test("a command on an issue labelled ML-Deployment (the configured label in other case) is answered", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  scope
    .post(`${REPO}/issues/comments/${COMMENT_ID}/reactions`)
    .twice()
    .reply(201, { id: 1 })
    .get(`${REPO}/issues/${ISSUE}/comments`)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(`${REPO}/issues/${ISSUE}/comments`)
    .reply(201, { id: 9 });
  const payload = commentPayload("/mlops help");
  const { pull_request: _pull, ...issue } = payload.issue;
  payload.issue = { ...issue, number: ISSUE, labels: [{ name: "ML-Deployment" }] };

  await receive("issue_comment", payload);

  expect(scope.pendingMocks()).toEqual([]);
  const config = configSchema.parse({ project: { number: 7 } });
  expect(writes).toEqual([
    {
      request: `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
      body: { content: "eyes" },
    },
    {
      request: `POST ${REPO}/issues/${ISSUE}/comments`,
      body: { body: `${marker}\n${renderCommandHelp(config.rollout)}` },
    },
    {
      request: `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
      body: { content: "rocket" },
    },
  ]);
});
