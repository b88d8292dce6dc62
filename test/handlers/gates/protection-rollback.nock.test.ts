import nock from "nock";
import { expect, test } from "vitest";
import app from "../../../src/index.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";

const head = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const app1 = { id: 1, slug: "mlops-bot" };
const rollbackPayload = {
  model: "fraud-detector",
  version: "2.5.0",
  rollout: 0,
  stable_version: "2.4.0",
  metrics: { accuracy: 0.93 },
  pull_request: 42,
  comment_id: 7,
};

/** A deployment of `head` in production, in GitHub's shape. */
function deployment(
  id: number,
  creator: string,
  via: { id: number; slug: string } | null,
  payload: unknown,
) {
  return {
    url: `https://api.github.com/repos/acme/models/deployments/${id}`,
    id,
    node_id: `DE_${id}`,
    sha: head,
    ref: head,
    task: "deploy",
    payload,
    original_environment: "production",
    environment: "production",
    description: null,
    creator: { login: creator, type: "Bot" },
    created_at: "2026-11-02T09:30:00Z",
    updated_at: "2026-11-02T09:30:00Z",
    statuses_url: `https://api.github.com/repos/acme/models/deployments/${id}/statuses`,
    repository_url: "https://api.github.com/repos/acme/models",
    transient_environment: false,
    production_environment: true,
    performed_via_github_app: via,
  };
}

/** The deployment GitHub records for the waiting job itself. */
const job = deployment(31, "github-actions[bot]", { id: 15368, slug: "github-actions" }, {});

/** `deployment_protection_rule.requested` for run 77 on `head`, with the schema's keys. */
function protectionPayload(event: string, jobDeployment: unknown) {
  return {
    action: "requested",
    environment: "production",
    event,
    sha: head,
    ref: "refs/heads/main",
    deployment_callback_url:
      "https://api.github.com/repos/acme/models/actions/runs/77/deployment_protection_rule",
    deployment: jobDeployment,
    pull_requests: [],
    repository: { id: 1, name: "models", full_name: "acme/models", owner: { login: "acme" } },
    installation: { id: 1 },
    sender: { login: "github-actions[bot]" },
  };
}

function listDeployments(scope: nock.Scope, deployments: unknown[]) {
  expectRestRoute("GET", "/repos/{owner}/{repo}/deployments");
  scope
    .get("/repos/acme/models/deployments")
    .query({ sha: head, environment: "production", per_page: "100" })
    .reply(200, deployments);
}

/** The config (defaults) and both gates failing: what a non-rollback job gets. */
function gatesFailing(scope: nock.Scope) {
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
  for (const name of ["mlops/checklist", "mlops/evaluation"])
    scope
      .get(`/repos/acme/models/commits/${head}/check-runs`)
      .query({ check_name: name, app_id: "1", filter: "latest", per_page: "1" })
      .reply(200, { total_count: 0, check_runs: [] });
  scope
    .post("/repos/acme/models/actions/runs/77/deployment_protection_rule", {
      environment_name: "production",
      state: "rejected",
      comment: [
        "❌ mlops-bot: 2 gates are failing for ec26c3e, deploying to production is rejected.",
        `- checklist: no mlops/checklist check run on ec26c3e yet`,
        `- evaluation: no mlops/evaluation check run on ec26c3e yet`,
        "Fix them (tick the release checklist in the deployment issue, re-run the evaluation), then re-run the deploy job.",
      ].join("\n"),
    })
    .reply(204);
}

async function receive(payload: unknown) {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope.get("/app").reply(200, app1);
  return {
    scope,
    run: () => probot.receive({ name: "deployment_protection_rule", id: "d1", payload } as never),
  };
}

test("the job of the app's rollback deployment: approved without reading the config or the gates", async () => {
  const { scope, run } = await receive(protectionPayload("deployment", job));
  listDeployments(scope, [
    job,
    deployment(30, "github-actions[bot]", { id: 15368, slug: "github-actions" }, {}),
    deployment(29, "mlops-bot[bot]", app1, rollbackPayload),
    deployment(28, "alice", null, {}),
  ]);
  scope
    .post("/repos/acme/models/actions/runs/77/deployment_protection_rule", {
      environment_name: "production",
      state: "approved",
      comment:
        "✅ mlops-bot: deployment 29 rolls fraud-detector 2.5.0 back in production (2.4.0 takes all the traffic again). A rollback is never held by the gates, so this job is approved.",
    })
    .reply(204);
  await run();
  expect(scope.isDone()).toBe(true);
});

test("the rollback deployment itself in the payload (a JSON-string payload): approved, the version escaped", async () => {
  const payload = JSON.stringify({ ...rollbackPayload, version: "2.5.0 @acme/ml" });
  const { scope, run } = await receive(
    protectionPayload("deployment", deployment(29, "mlops-bot[bot]", app1, payload)),
  );
  scope
    .post("/repos/acme/models/actions/runs/77/deployment_protection_rule", {
      environment_name: "production",
      state: "approved",
      comment:
        "✅ mlops-bot: deployment 29 rolls fraud-detector 2.5.0 @&#8203;acme/ml back in production (2.4.0 takes all the traffic again). A rollback is never held by the gates, so this job is approved.",
    })
    .reply(204);
  await run();
  expect(scope.isDone()).toBe(true);
});

test.each([
  [
    "a person's deployment made after the app's rollback",
    [
      deployment(30, "alice", null, rollbackPayload),
      deployment(29, "mlops-bot[bot]", app1, rollbackPayload),
    ],
  ],
  [
    "another app's rollback-shaped deployment",
    [deployment(30, "other[bot]", { id: 2, slug: "other" }, rollbackPayload)],
  ],
  [
    "the app's promote step, not a rollback",
    [deployment(30, "mlops-bot[bot]", app1, { ...rollbackPayload, rollout: 25 })],
  ],
  [
    "the app's rollback made after the job's deployment",
    [deployment(32, "mlops-bot[bot]", app1, rollbackPayload)],
  ],
])("%s: judged by the gates", async (_name, deployments) => {
  const { scope, run } = await receive(protectionPayload("deployment", job));
  listDeployments(scope, [job, ...deployments]);
  gatesFailing(scope);
  await run();
  expect(scope.isDone()).toBe(true);
});

test("a job started by a push, or with no deployment in the payload: no lookup, judged by the gates", async () => {
  for (const payload of [protectionPayload("push", job), protectionPayload("deployment", null)]) {
    const { scope, run } = await receive(payload);
    gatesFailing(scope);
    await run();
    expect(scope.isDone()).toBe(true);
    nock.cleanAll();
  }
});
