import nock from "nock";
import { expect, test } from "vitest";
import app from "../../../src/index.js";
import { READ_EDIT_HISTORIES } from "../../../src/github/edits/edit-history-documents.js";
import { READ_PULL_LINKS } from "../../../src/github/pulls/read-pull-links.js";
import { webhookExample } from "../../../src/simulator/webhook-example.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";
import { expectGraphql as graphql } from "../../helpers/graphql-api.js";

const head = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const issueBody = [
  "## Deploy model: fraud-detector v2.4.0",
  "",
  "### Checklist",
  "",
  "- [x] Model validated",
  "- [ ] Rollback tested",
  "",
  "### Rollout",
  "",
  "- [ ] 5% traffic",
].join("\n");

/** The app's identity, asked once (`GET /app`): its id filters the check runs. */
function identity(scope: nock.Scope) {
  scope.get("/app").reply(200, { id: 1, slug: "mlops-bot" });
}

/** The token exchange and no `.github/mlops.yml` anywhere: the defaults. */
function defaults(scope: nock.Scope) {
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
}

test("pull_request.opened: one check run created on the head, exact body", async () => {
  expectRestRoute("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs");
  expectRestRoute("POST", "/repos/{owner}/{repo}/check-runs");
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  defaults(scope);
  identity(scope);
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
          headRefOid: head,
          body: "Closes #7",
          url: "https://github.com/acme/models/pull/42",
          closingIssuesReferences: {
            totalCount: 1,
            nodes: [
              {
                id: "I_7",
                number: 7,
                title: "Release",
                body: issueBody,
                state: "OPEN",
                url: "https://github.com/acme/models/issues/7",
                repository: { nameWithOwner: "acme/models" },
                labels: { nodes: [{ name: "ml-deployment" }] },
              },
            ],
          },
        },
      },
    },
  );
  graphql(
    scope,
    READ_EDIT_HISTORIES,
    { ids: ["I_7"], first: 100 },
    {
      nodes: [
        {
          id: "I_7",
          body: issueBody,
          createdAt: "2026-11-01T08:00:00Z",
          includesCreatedEdit: true,
          author: { login: "alice" },
          userContentEdits: {
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: [
              { editedAt: "2026-11-02T09:30:00Z", editor: { login: "bob" }, diff: issueBody },
              {
                editedAt: "2026-11-01T08:00:00Z",
                editor: { login: "alice" },
                diff: issueBody.replace("[x]", "[ ]"),
              },
            ],
          },
        },
      ],
    },
  );
  scope
    .get(`/repos/acme/models/commits/${head}/check-runs`)
    .query({ check_name: "mlops/checklist", app_id: "1", filter: "latest", per_page: "1" })
    .reply(200, { total_count: 0, check_runs: [] });
  scope
    .post("/repos/acme/models/check-runs", {
      name: "mlops/checklist",
      head_sha: head,
      status: "completed",
      conclusion: "failure",
      output: {
        title: "1 of 2 checklist items unticked",
        summary: [
          "**Still to tick** (1 of 2):",
          "",
          "- ⬜ Rollback tested — [\\#7](https://github.com/acme/models/issues/7)",
          "",
          "**Ticked**, with who ticked each box and when (from the edit history):",
          "",
          "| Item | Where | Ticked by | When |",
          "| --- | --- | --- | --- |",
          "| Model validated | [\\#7](https://github.com/acme/models/issues/7) | bob | 2026-11-02 09:30 UTC |",
        ].join("\n"),
      },
    } as never)
    .reply(201, { id: 5 });
  const payload = webhookExample("pull_request", "opened") as {
    number: number;
    pull_request: { number: number };
    repository: { owner: { login: string }; name: string; full_name: string };
  };
  Object.assign(payload.repository, { name: "models", full_name: "acme/models" });
  payload.repository.owner.login = "acme";
  payload.number = 42;
  payload.pull_request.number = 42;
  await probot.receive({ name: "pull_request", id: "d1", payload } as never);
  expect(scope.isDone()).toBe(true);
});

test("deployment_protection_rule.requested: the gates read for the SHA, the answer posted with its exact body", async () => {
  expectRestRoute("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs");
  expectRestRoute("POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule");
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  defaults(scope);
  identity(scope);
  const runs = (name: string, runs: unknown[]) =>
    scope
      .get(`/repos/acme/models/commits/${head}/check-runs`)
      .query({ check_name: name, app_id: "1", filter: "latest", per_page: "1" })
      .reply(200, { total_count: runs.length, check_runs: runs });
  runs("mlops/checklist", [
    {
      status: "completed",
      conclusion: "failure",
      output: { title: "1 of 2 checklist items unticked" },
    },
  ]);
  runs("mlops/evaluation", [
    { status: "completed", conclusion: "success", output: { title: "Passed: fraud-detector" } },
  ]);
  scope
    .post("/repos/acme/models/actions/runs/77/deployment_protection_rule", {
      environment_name: "production",
      state: "rejected",
      comment: [
        "❌ mlops-bot: 1 gate is failing for ec26c3e, deploying to production is rejected.",
        "- checklist: mlops/checklist: failure — 1 of 2 checklist items unticked",
        "Fix them (tick the release checklist in the deployment issue, re-run the evaluation), then re-run the deploy job.",
      ].join("\n"),
    })
    .reply(204);
  const payload = {
    action: "requested",
    environment: "production",
    event: "deployment",
    sha: head,
    ref: "refs/heads/main",
    deployment_callback_url:
      "https://api.github.com/repos/acme/models/actions/runs/77/deployment_protection_rule",
    deployment: null,
    pull_requests: [],
    repository: { id: 1, name: "models", full_name: "acme/models", owner: { login: "acme" } },
    installation: { id: 1 },
    sender: { login: "github-actions[bot]" },
  };
  await probot.receive({ name: "deployment_protection_rule", id: "d2", payload } as never);
  expect(scope.isDone()).toBe(true);
});

/** `deployment_protection_rule.requested` for run 77 on `head`, with the schema's keys. */
function protectionPayload(environment: string) {
  return {
    action: "requested",
    environment,
    event: "deployment",
    sha: head,
    ref: "refs/heads/main",
    deployment_callback_url:
      "https://api.github.com/repos/acme/models/actions/runs/77/deployment_protection_rule",
    deployment: null,
    pull_requests: [],
    repository: { id: 1, name: "models", full_name: "acme/models", owner: { login: "acme" } },
    installation: { id: 1 },
    sender: { login: "github-actions[bot]" },
  };
}

test("deployment_protection_rule.requested with every gate passing: approved, exact body", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  defaults(scope);
  identity(scope);
  for (const [name, title] of [
    ["mlops/checklist", "All 5 checklist items ticked"],
    ["mlops/evaluation", "Passed: fraud-detector"],
  ])
    scope
      .get(`/repos/acme/models/commits/${head}/check-runs`)
      .query({ check_name: name, app_id: "1", filter: "latest", per_page: "1" })
      .reply(200, {
        total_count: 1,
        check_runs: [{ status: "completed", conclusion: "success", output: { title } }],
      });
  scope
    .post("/repos/acme/models/actions/runs/77/deployment_protection_rule", {
      environment_name: "production",
      state: "approved",
      comment: [
        "✅ mlops-bot: the gates pass for ec26c3e, deploying to production is approved.",
        "- mlops/checklist: success — All 5 checklist items ticked",
        "- mlops/evaluation: success — Passed: fraud-detector",
      ].join("\n"),
    })
    .reply(204);
  const payload = protectionPayload("production");
  await probot.receive({ name: "deployment_protection_rule", id: "d3", payload } as never);
  expect(scope.isDone()).toBe(true);
});

test("deployment_protection_rule.requested for another environment: no gate read, rejected with the fix", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  defaults(scope);
  scope
    .post("/repos/acme/models/actions/runs/77/deployment_protection_rule", {
      environment_name: "staging",
      state: "rejected",
      comment: [
        "❌ mlops-bot gates deployments to production (rollout.environment in .github/mlops.yml), not to staging, so this job is rejected rather than left waiting.",
        "Fix: remove mlops-bot from the deployment protection rules of staging (Settings → Environments → staging), or set rollout.environment to staging; then re-run the deploy job.",
      ].join("\n"),
    })
    .reply(204);
  const payload = protectionPayload("staging");
  await probot.receive({ name: "deployment_protection_rule", id: "d4", payload } as never);
  expect(scope.isDone()).toBe(true);
});
