import { encodeEvaluationRecord } from "../../../src/domain/metrics/evaluation-record-marker.js";
import nock from "nock";
import { expect, test } from "vitest";
import app from "../../../src/index.js";
import { buildZip } from "../../../src/simulator/index.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";
import {
  appBasics,
  boardValues,
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

const metrics = { accuracy: 0.931, f1: 0.884, latency_p95_ms: 41.2 };

/** The gates of `rollout.require` on the head SHA, both passing. */
function gatesPass(scope: nock.Scope) {
  for (const name of ["mlops/checklist", "mlops/evaluation"])
    scope
      .get(`${REPO}/commits/${SHA}/check-runs`)
      .query({ check_name: name, app_id: "1", filter: "latest", per_page: "1" })
      .reply(200, {
        total_count: 1,
        check_runs: [
          {
            status: "completed",
            conclusion: "success",
            output: { title: "passed", ...(name === "mlops/evaluation" ? { text: record } : {}) },
          },
        ],
      });
}

/** What mlops/evaluation records of the head SHA: fraud-detector's latest evaluation, run 77. */
const record = encodeEvaluationRecord({
  models: {
    "fraud-detector": {
      ...{ run_id: 77, artifact: "mlops-metrics", path: ".github/workflows/ml-evaluate.yml" },
      ...{ completed_at: "2026-11-02T09:00:00.000Z", label: "#5", url: "", verdict: "success" },
    },
  },
  problems: [],
});

/** The recorded evaluation run of the head SHA and its `mlops-metrics` artifact. */
function evaluation(scope: nock.Scope) {
  const zip = buildZip({
    "metrics.json": JSON.stringify({ model: "fraud-detector", version: "2.4.0", metrics }),
  });
  scope
    // The run is found through the app's own record of it, not by listing the SHA's runs.
    .get(`${REPO}/commits/${SHA}/check-runs`)
    .query({ check_name: "mlops/evaluation", app_id: "1", filter: "latest", per_page: "1" })
    .reply(200, {
      total_count: 1,
      check_runs: [{ status: "completed", conclusion: "success", output: { text: record } }],
    })
    .get(`${REPO}/actions/runs/77/artifacts`)
    .query({ name: "mlops-metrics", per_page: "100" })
    .reply(200, {
      total_count: 1,
      artifacts: [{ id: 55, name: "mlops-metrics", size_in_bytes: zip.byteLength, expired: false }],
    })
    .get(`${REPO}/actions/artifacts/55/zip`)
    .reply(302, "", { location: "https://blob.example/artifact.zip?sig=x" });
  return nock("https://blob.example")
    .get("/artifact.zip")
    .query({ sig: "x" })
    .reply(200, Buffer.from(zip));
}

function permission(scope: nock.Scope, role: string) {
  scope.get(`${REPO}/collaborators/Codertocat/permission`).reply(200, {
    permission: role === "maintain" ? "write" : role,
    role_name: role,
    user: { login: "Codertocat", permissions: { pull: true, push: role !== "read" } },
  });
}

test("/promote 25% after 5%: the exact deployment, its in_progress status, the card, the reply and the reactions", async () => {
  for (const [method, path] of [
    ["POST", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"],
    ["GET", "/repos/{owner}/{repo}/collaborators/{username}/permission"],
    ["GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs"],
    ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"],
    ["GET", "/repos/{owner}/{repo}/deployments"],
    ["GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses"],
    ["POST", "/repos/{owner}/{repo}/deployments"],
    ["POST", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses"],
    ["PATCH", "/repos/{owner}/{repo}/issues/{issue_number}"],
    ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ] as const)
    expectRestRoute(method, path);
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  permission(scope, "maintain");
  pullLinks(scope, cardAt(5));
  issueBody(scope, cardAt(5));
  gatesPass(scope);
  const blob = evaluation(scope);
  // 2.3.0 finished; 2.4.0 at 5%; a deployment the deploy job's environment recorded (not ours).
  history(
    scope,
    [
      listedDeployment(1000, stepPayload("2.3.0", 100), "2026-10-01T09:00:00Z"),
      listedDeployment(1001, stepPayload("2.4.0", 5), "2026-11-01T09:00:00Z"),
      listedDeployment(1500, {}, "2026-11-01T09:01:00Z", "github-actions[bot]"),
    ],
    {
      1000: [{ state: "success", created_at: "2026-10-01T09:05:00Z" }],
      1001: [
        { state: "success", created_at: "2026-11-01T09:05:00Z" },
        { state: "in_progress", created_at: "2026-11-01T09:00:01Z" },
      ],
    },
  );
  const created = stepPayload("2.4.0", 25, { metrics, comment_id: COMMENT_ID });
  scope
    .post(`${REPO}/issues/comments/${COMMENT_ID}/reactions`)
    .twice()
    .reply(201, { id: 1 })
    .post(`${REPO}/deployments`)
    .reply(201, { id: 1002, created_at: "2026-11-02T09:00:00Z" })
    // The race check: the newest deployments of this SHA, right after creating.
    .get(`${REPO}/deployments`)
    .query({ environment: "production", sha: SHA, per_page: "100" })
    .reply(200, [
      listedDeployment(1002, created, "2026-11-02T09:00:00Z"),
      listedDeployment(1001, stepPayload("2.4.0", 5), "2026-11-01T09:00:00Z"),
    ])
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

  const { probot } = createTestProbot();
  await probot.load(app);
  await probot.receive({
    id: "d-1",
    name: "issue_comment",
    payload: commentPayload("/promote 25%") as never,
  });

  expect(scope.pendingMocks()).toEqual([]);
  expect(blob.isDone()).toBe(true);
  const marker = `<!-- mlops-bot:command ${COMMENT_ID} -->`;
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
          rollout: 25,
          stable_version: "2.3.0",
          metrics,
          pull_request: PR,
          comment_id: COMMENT_ID,
        },
        description: "fraud-detector 2.4.0 to 25% of traffic",
      },
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
  expect(board).toEqual({
    rolloutPercent: {
      projectId: "PVT_7",
      itemId: "PVTI_7",
      fieldId: "F_rollout_",
      value: { number: 25 },
    },
  });
});

test("/promote by a read-only commenter: 👀, the refusal, 👎, and nothing else is read or written", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  permission(scope, "read");
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
    payload: commentPayload("/promote 5%") as never,
  });

  expect(scope.pendingMocks()).toEqual([]);
  expect(writes).toEqual([
    {
      request: `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
      body: { content: "eyes" },
    },
    {
      request: `POST ${REPO}/issues/${PR}/comments`,
      body: {
        body: [
          `<!-- mlops-bot:command ${COMMENT_ID} -->`,
          "> /promote 5%",
          "",
          "👎 **Not done:** Codertocat has the read role on Codertocat/Hello-World; moving production traffic needs write or higher (rollout.promoters). Ask a repository admin for the role, or ask someone who has it to type the command.",
          "",
          "Nothing was deployed and nothing changed.",
        ].join("\n"),
      },
    },
    {
      request: `POST ${REPO}/issues/comments/${COMMENT_ID}/reactions`,
      body: { content: "-1" },
    },
  ]);
});

test("an unknown /something and a quoted command send no request at all", async () => {
  const scope = nock("https://api.github.com");
  const { probot } = createTestProbot();
  await probot.load(app);
  for (const body of ["/deploy now", "> /promote 5%", "```\n/promote 5%\n```"])
    await probot.receive({
      id: body,
      name: "issue_comment",
      payload: commentPayload(body) as never,
    });
  expect(scope.pendingMocks()).toEqual([]);
  expect(nock.isDone()).toBe(true);
});
