import nock from "nock";
import { afterEach, expect, test } from "vitest";
import app from "../../../src/index.js";
import { READ_PULL_LINKS } from "../../../src/github/pulls/read-pull-links.js";
import { webhookExample } from "../../../src/simulator/webhook-example.js";
import { expectGraphql as graphql } from "../../helpers/graphql-api.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";

const head = "d6fde92930d4715a2b49857d24b940956b26d2d3";
const issueBody =
  "## Deploy model: fraud-detector v2.4.0\n\n### Checklist\n\n- [ ] Rollback tested\n";

/** GitHub's `check_run.rerequested` example, moved to acme/models, on this app's `name` run. */
function rerequested(name: string, appId = 1) {
  const payload = webhookExample("check_run", "rerequested") as {
    check_run: { name: string; head_sha: string; app: { id: number }; pull_requests: unknown[] };
    repository: { name: string; full_name: string; owner: { login: string } };
  };
  Object.assign(payload.repository, { name: "models", full_name: "acme/models" });
  payload.repository.owner.login = "acme";
  payload.check_run.name = name;
  payload.check_run.app.id = appId;
  // As GitHub sends it for a fork's PR: no pull_requests.
  expect(payload.check_run.pull_requests).toEqual([]);
  expect(payload.check_run.head_sha).toBe(head);
  return payload;
}

async function receive(payload: unknown) {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope.get("/app").reply(200, { id: 1, slug: "mlops-bot" });
  return {
    scope,
    run: () => probot.receive({ name: "check_run", id: "d1", payload } as never),
  };
}

afterEach(() => nock.cleanAll());

test('"Re-run" on mlops/checklist of a fork\'s PR: the PR found among the open PRs, the check rewritten in place', async () => {
  expectRestRoute("GET", "/repos/{owner}/{repo}/pulls");
  expectRestRoute("PATCH", "/repos/{owner}/{repo}/check-runs/{check_run_id}");
  const { scope, run } = await receive(rerequested("mlops/checklist"));
  scope
    .get("/repos/acme/models/pulls")
    .query({ state: "open", sort: "updated", direction: "desc", per_page: "100" })
    .reply(200, [
      { number: 41, head: { sha: "0".repeat(40) } },
      { number: 42, head: { sha: head } },
    ]);
  scope.get("/repos/acme/models/contents/.github%2Fmlops.yml").reply(404);
  scope.get("/repos/acme/.github/contents/.github%2Fmlops.yml").reply(404);
  graphql(
    scope,
    READ_PULL_LINKS,
    { owner: "acme", repo: "models", number: 42, first: 50 },
    {
      repository: {
        defaultBranchRef: { name: "main" },
        pullRequest: {
          id: "PR_42",
          number: 42,
          state: "OPEN",
          headRefOid: head,
          baseRefName: "main",
          body: "Closes #7",
          url: "https://github.com/acme/models/pull/42",
          isCrossRepository: true,
          headRepository: { nameWithOwner: "fork/models" },
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
  scope
    .get(`/repos/acme/models/commits/${head}/check-runs`)
    .query({ check_name: "mlops/checklist", app_id: "1", filter: "latest", per_page: "1" })
    .reply(200, {
      total_count: 1,
      check_runs: [
        {
          id: 5,
          name: "mlops/checklist",
          conclusion: "success",
          output: { title: "stale", summary: "stale", text: null },
        },
      ],
    });
  scope
    .patch("/repos/acme/models/check-runs/5", {
      status: "completed",
      conclusion: "failure",
      output: {
        title: "1 of 1 checklist items unticked",
        summary: [
          "**Still to tick** (1 of 1):",
          "",
          "- ⬜ Rollback tested — [\\#7](https://github.com/acme/models/issues/7)",
        ].join("\n"),
      },
    } as never)
    .reply(200, { id: 5 });
  await run();
  expect(scope.isDone()).toBe(true);
});

test('"Re-run" on any other check name: no request at all', async () => {
  const { scope, run } = await receive(rerequested("randscape"));
  await run();
  expect(scope.pendingMocks()).toEqual([
    "POST https://api.github.com:443/app/installations/1/access_tokens",
    "GET https://api.github.com:443/app",
  ]);
});

test('"Re-run" on another app\'s mlops/checklist: left alone', async () => {
  const { scope, run } = await receive(rerequested("mlops/checklist", 2));
  await run();
  expect(scope.pendingMocks()).toEqual([
    "POST https://api.github.com:443/app/installations/1/access_tokens",
  ]);
});
