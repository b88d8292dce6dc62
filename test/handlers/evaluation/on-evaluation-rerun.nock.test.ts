import nock from "nock";
import { expect, test } from "vitest";
import app from "../../../src/index.js";
import { encodeEvaluationRecord } from "../../../src/domain/metrics/evaluation-record-marker.js";
import { buildZip, webhookExample } from "../../../src/simulator/index.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";
import { metricsFile } from "./evaluation-fixtures.js";

const REPO = "/repos/Codertocat/Hello-World";
const SHA = "5779607b49aab1200488439f02372c57b4f75444";
const RUN_URL = "https://github.com/Codertocat/Hello-World/actions/runs/77";

/** `check_run.rerequested` of GitHub's example, for the app's own mlops/evaluation. */
function payload(name = "mlops/evaluation", appId = 1) {
  const event = webhookExample("check_run", "rerequested") as {
    check_run: Record<string, unknown> & { app: { id: number } };
    repository: Record<string, unknown>;
  };
  Object.assign(event.check_run, { name, head_sha: SHA, pull_requests: [] });
  event.check_run.app.id = appId;
  // The example's repository is another one than the Codertocat one of the other examples.
  Object.assign(event.repository, { name: "Hello-World", full_name: "Codertocat/Hello-World" });
  (event.repository.owner as Record<string, unknown>).login = "Codertocat";
  return event;
}

const entry = {
  ...{ run_id: 77, artifact: "mlops-metrics", path: ".github/workflows/ml-evaluate.yml" },
  ...{ completed_at: "2026-11-02T09:00:00.000Z", label: "#5", url: RUN_URL },
};

test("Re-run on mlops/evaluation re-judges the recorded run with the current thresholds: the exact update", async () => {
  for (const [method, path] of [
    ["GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs"],
    ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"],
    ["GET", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"],
    ["GET", "/repos/{owner}/{repo}/deployments"],
    ["PATCH", "/repos/{owner}/{repo}/check-runs/{check_run_id}"],
  ] as const)
    expectRestRoute(method, path);
  const zip = buildZip({ "metrics.json": JSON.stringify(metricsFile()) });
  const sent: unknown[] = [];
  const scope = nock("https://api.github.com")
    .post("/app/installations/1/access_tokens")
    .reply(200, { token: "test" })
    .get("/app")
    .reply(200, { id: 1, slug: "mlops-bot" })
    .get(`${REPO}/contents/.github%2Fmlops.yml`)
    .reply(200, "metrics:\n  thresholds:\n    accuracy: { min: 0.95 }\n", {
      "content-type": "text/plain",
    })
    .get(`${REPO}/commits/${SHA}/check-runs`)
    .query({ check_name: "mlops/evaluation", app_id: "1", filter: "latest", per_page: "1" })
    .reply(200, {
      total_count: 1,
      check_runs: [
        {
          id: 70,
          status: "completed",
          conclusion: "success",
          output: {
            title: "Passed: fraud-detector, accuracy 0.931 (▲ +0.006 ✅)",
            summary: "…",
            text: encodeEvaluationRecord({
              models: { "fraud-detector": { ...entry, verdict: "success" } },
              problems: [],
            }),
          },
        },
      ],
    })
    .get(`${REPO}/actions/runs/77/artifacts`)
    .query({ name: "mlops-metrics", per_page: "100" })
    .reply(200, {
      total_count: 1,
      artifacts: [{ id: 55, name: "mlops-metrics", size_in_bytes: zip.byteLength, expired: false }],
    })
    .get(`${REPO}/actions/artifacts/55/zip`)
    .reply(302, "", { location: "https://blob.example/artifact.zip?sig=x" })
    .get(`${REPO}/deployments`)
    .query({ environment: "production", per_page: "100" })
    .reply(200, [])
    .patch(`${REPO}/check-runs/70`, (body: unknown) => sent.push(body) > 0)
    .reply(200, { id: 70 });
  const blob = nock("https://blob.example")
    .get("/artifact.zip")
    .query({ sig: "x" })
    .reply(200, Buffer.from(zip));

  const { probot } = createTestProbot();
  await probot.load(app);
  await probot.receive({ id: "1", name: "check_run", payload: payload() as never });

  expect(scope.pendingMocks()).toEqual([]);
  expect(blob.isDone()).toBe(true);
  expect(sent).toEqual([
    {
      status: "completed",
      conclusion: "failure",
      output: {
        title: "Failed: fraud-detector, 1 failing: accuracy",
        summary: [
          "**fraud-detector v2.4.0**",
          "",
          "❌ **Evaluation failed:**",
          "",
          "- **accuracy** = 0.931 is below its bound: min 0.95",
          "",
          "Fix the model, or the bounds under `metrics` in `.github/mlops.yml`.",
          "",
          "| Metric | Value | Baseline | Δ |",
          "| :-- | --: | --: | :-- |",
          "| **accuracy** ↑ | 0.931 | 0.925 | ▲ +0.006 ✅ |",
          "| f1 ↑ | 0.884 | — | — |",
          "| latency\\_p95\\_ms ↓ | 41.2 | — | — |",
          "",
          "Compared with the baseline given in the metrics file: no deployment is live.",
          "",
          `[Workflow run \\#5](${RUN_URL})`,
        ].join("\n"),
        text: encodeEvaluationRecord({
          models: { "fraud-detector": { ...entry, verdict: "failure" } },
          problems: [],
        }),
      },
    },
  ]);
});

test.each([
  ["a check of another name", payload("lint")],
  ["another app's run of the same name", payload("mlops/evaluation", 15368)],
])("Re-run on %s: no request but the app's identity", async (_, event) => {
  const scope = nock("https://api.github.com")
    .post("/app/installations/1/access_tokens")
    .optionally()
    .reply(200, { token: "test" })
    .get("/app")
    .optionally()
    .reply(200, { id: 1, slug: "mlops-bot" });
  const { probot } = createTestProbot();
  await probot.load(app);
  await probot.receive({ id: "2", name: "check_run", payload: event as never });
  expect(scope.isDone()).toBe(true);
});
