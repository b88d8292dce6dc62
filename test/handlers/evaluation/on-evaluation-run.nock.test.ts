import { readFileSync } from "node:fs";
import nock from "nock";
import { expect, test } from "vitest";
import app from "../../../src/index.js";
import { FIND_BOARD_BY_NUMBER } from "../../../src/github/projects/find-board.js";
import { FIND_CARD_ITEM } from "../../../src/github/projects/find-card-item.js";
import { buildCardValuesMutation } from "../../../src/github/projects/set-card-values.js";
import { READ_PULL_LINKS } from "../../../src/github/pulls/read-pull-links.js";
import { encodeEvaluationRecord } from "../../../src/domain/metrics/evaluation-record-marker.js";
import { buildZip, webhookExample } from "../../../src/simulator/index.js";
import {
  contractBoardFields,
  orgWithProject,
  project,
} from "../../github/projects/board-fixtures.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";
import { metricsFile } from "./evaluation-fixtures.js";
import { expectGraphql as graphql } from "../../helpers/graphql-api.js";

const REPO = "/repos/Codertocat/Hello-World";
const SHA = "5779607b49aab1200488439f02372c57b4f75444";
const RUN_URL = "https://github.com/octo-org/octo-repo/actions/runs/1589141559";
const card = readFileSync(
  new URL("../../domain/cards/__snapshots__/experiment-card.md", import.meta.url),
  "utf8",
);

/** `workflow_run.completed` of GitHub's example, as a passing run of the evaluation template for PR #3. */
function payload() {
  // The example's shape is GitHub's; only the fields this test needs are changed.
  const event = webhookExample("workflow_run", "completed") as {
    workflow_run: Record<string, unknown>;
    repository: { id: number; full_name: string };
    workflow: { path: string };
  };
  const run = event.workflow_run;
  // The example's head repository is another one (a fork's run): here the repository's own.
  Object.assign(run, {
    conclusion: "success",
    head_branch: "release-2.4",
    head_repository: event.repository,
  });
  run.pull_requests = [
    {
      number: 3,
      id: 1,
      url: "",
      head: { sha: SHA, ref: "release-2.4", repo: {} },
      base: { sha: SHA, ref: "main", repo: { id: event.repository.id } },
    },
  ];
  event.workflow.path = ".github/workflows/ml-evaluate.yml";
  return event;
}

/** Where the example run's evaluation comes from, as the check's record keeps it. */
function source(artifact: string | null) {
  return {
    run_id: 1589141559,
    artifact,
    path: ".github/workflows/ml-evaluate.yml",
    completed_at: "2021-12-16T19:37:22.000Z",
    label: "#36",
    url: RUN_URL,
  };
}

/**
 * A body matcher that keeps the body it accepts, to assert it whole afterwards. nock may
 * try a matcher on other requests too, so it accepts only the request it is meant for.
 */
function capture(into: unknown[], accepts: (body: Record<string, unknown>) => boolean) {
  return (body: Record<string, unknown>) => {
    if (!accepts(body)) return false;
    into.push(body);
    return true;
  };
}

test("a passing run: the exact check run, PR comment, board values and card body, in 15 requests", async () => {
  for (const [method, path] of [
    ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"],
    ["GET", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"],
    ["GET", "/repos/{owner}/{repo}/deployments"],
    ["GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs"],
    ["POST", "/repos/{owner}/{repo}/check-runs"],
    ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
    ["PATCH", "/repos/{owner}/{repo}/issues/{issue_number}"],
  ] as const)
    expectRestRoute(method, path);
  const sent = { check: [] as unknown[], comment: [] as unknown[], card: [] as unknown[] };
  const zip = buildZip({ "metrics.json": JSON.stringify(metricsFile()) });
  const scope = nock("https://api.github.com")
    .post("/app/installations/1/access_tokens")
    .reply(200, { token: "test" })
    .get(`${REPO}/contents/.github%2Fmlops.yml`)
    .reply(200, "project:\n  number: 7\n", { "content-type": "text/plain" })
    .get(`${REPO}/actions/runs/1589141559/artifacts`)
    .query({ per_page: "100" })
    .reply(200, {
      total_count: 1,
      artifacts: [{ id: 55, name: "mlops-metrics", size_in_bytes: zip.byteLength, expired: false }],
    })
    .get(`${REPO}/actions/artifacts/55/zip`)
    .reply(302, "", { location: "https://blob.example/artifact.zip?sig=x" })
    .get("/app")
    .reply(200, { id: 1, slug: "mlops-bot" })
    .get(`${REPO}/deployments`)
    .query({ environment: "production", per_page: "100" })
    .reply(200, [])
    .get(`${REPO}/commits/${SHA}/check-runs`)
    .query({ check_name: "mlops/evaluation", app_id: "1", filter: "latest", per_page: "1" })
    .reply(200, { total_count: 0, check_runs: [] })
    .post(
      `${REPO}/check-runs`,
      capture(sent.check, (b) => b.name === "mlops/evaluation"),
    )
    .reply(201, { id: 70 })
    .get(`${REPO}/issues/3/comments`)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(
      `${REPO}/issues/3/comments`,
      capture(sent.comment, (b) => !("query" in b)),
    )
    .reply(201, { id: 80 })
    .patch(
      `${REPO}/issues/1`,
      capture(sent.card, (b) => !("query" in b)),
    )
    .reply(200, {});
  const blob = nock("https://blob.example")
    .get("/artifact.zip")
    .query({ sig: "x" })
    .reply(200, Buffer.from(zip));
  graphql(
    scope,
    READ_PULL_LINKS,
    { owner: "Codertocat", repo: "Hello-World", number: 3, first: 50 },
    {
      repository: {
        pullRequest: {
          id: "PR_3",
          number: 3,
          state: "OPEN",
          headRefOid: SHA,
          body: "Closes #1",
          url: "https://github.com/Codertocat/Hello-World/pull/3",
          closingIssuesReferences: {
            totalCount: 1,
            nodes: [
              {
                id: "I_1",
                number: 1,
                title: "Merchant embeddings",
                body: card,
                state: "OPEN",
                url: "https://github.com/Codertocat/Hello-World/issues/1",
                repository: { nameWithOwner: "Codertocat/Hello-World" },
                labels: { nodes: [{ name: "ml-experiment" }] },
              },
            ],
          },
        },
      },
    },
  );
  graphql(
    scope,
    FIND_BOARD_BY_NUMBER,
    { owner: "Codertocat", number: 7 },
    orgWithProject(project({ items: 3 })),
  );
  graphql(
    scope,
    FIND_CARD_ITEM,
    { contentId: "I_1", cursor: null },
    {
      node: {
        projectItems: {
          nodes: [
            {
              id: "PVTI_1",
              project: { id: "PVT_7" },
              // The card got Version from its form; Status is still Experiment.
              fieldValues: {
                nodes: [
                  { optionId: "status_experiment", field: { id: "F_status" } },
                  { optionId: "kind_experiment", field: { id: "F_kind" } },
                  { text: "2.4.0", field: { id: "F_version" } },
                ],
              },
            },
          ],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    },
  );
  const values = buildCardValuesMutation(
    { id: "PVT_7", fields: contractBoardFields() },
    "PVTI_1",
    { status: "Evaluation", primaryMetric: 0.931, version: "2.4.0" },
    { F_status: { optionId: "status_experiment" }, F_version: { text: "2.4.0" } },
  );
  expect(values.variables).toEqual({
    status: {
      projectId: "PVT_7",
      itemId: "PVTI_1",
      fieldId: "F_status",
      value: { singleSelectOptionId: "status_evaluation" },
    },
    primaryMetric: {
      projectId: "PVT_7",
      itemId: "PVTI_1",
      fieldId: "F_primary_metric",
      value: { number: 0.931 },
    },
  });
  graphql(scope, values.document ?? "", values.variables, {
    status: { projectV2Item: { id: "PVTI_1" } },
    primaryMetric: { projectV2Item: { id: "PVTI_1" } },
  });

  const { probot } = createTestProbot();
  await probot.load(app);
  await probot.receive({ id: "1", name: "workflow_run", payload: payload() as never });

  expect(scope.pendingMocks()).toEqual([]);
  expect(blob.isDone()).toBe(true);
  const [check] = sent.check as Array<{ output: { summary: string } }>;
  expect(check).toEqual({
    name: "mlops/evaluation",
    head_sha: SHA,
    status: "completed",
    conclusion: "success",
    details_url: RUN_URL,
    output: {
      title: "Passed: fraud-detector, accuracy 0.931 (▲ +0.006 ✅)",
      summary: expect.any(String),
      text: encodeEvaluationRecord({
        models: {
          "fraud-detector": { ...source("mlops-metrics"), verdict: "success" },
        },
        problems: [],
      }),
    },
  });
  await expect(check?.output.summary).toMatchFileSnapshot("__snapshots__/check-summary.md");
  const [comment] = sent.comment as Array<{ body: string }>;
  expect(Object.keys(comment ?? {})).toEqual(["body"]);
  await expect(comment?.body).toMatchFileSnapshot("__snapshots__/metrics-comment.md");
  const [cardEdit] = sent.card as Array<{ body: string }>;
  expect(Object.keys(cardEdit ?? {})).toEqual(["body"]);
  await expect(cardEdit?.body).toMatchFileSnapshot("__snapshots__/experiment-card-results.md");
  // Only the Results region changed: every byte of the card around it is the same.
  const [before, after] = card.split(
    /<!-- mlops-bot:results:start -->[\s\S]*<!-- mlops-bot:results:end -->/,
  );
  expect(cardEdit?.body.startsWith(`${before}<!-- mlops-bot:results:start -->`)).toBe(true);
  expect(cardEdit?.body.endsWith(`<!-- mlops-bot:results:end -->${after}`)).toBe(true);
});

test("a run without the artifact: the exact failing check run and the one PR note, nothing else", async () => {
  for (const [method, path] of [
    ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"],
    ["GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs"],
    ["POST", "/repos/{owner}/{repo}/check-runs"],
    ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
    ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ] as const)
    expectRestRoute(method, path);
  const summary = [
    `The workflow run [\\#36](${RUN_URL}) uploaded no artifact named **mlops-metrics**.`,
    "",
    "**Fix:** end the evaluation job with an `actions/upload-artifact@v4` step whose `name` is **mlops-metrics** and whose `path` is **metrics.json** (see `templates/workflows/ml-evaluate.yml`), or set `metrics.artifact` in `.github/mlops.yml` to the name your workflow uses.",
  ].join("\n");
  const marker = `<!-- mlops-bot:evaluation-problem code=no-artifact sha=${SHA} -->`;
  const scope = nock("https://api.github.com")
    .post("/app/installations/1/access_tokens")
    .reply(200, { token: "test" })
    .get(`${REPO}/contents/.github%2Fmlops.yml`)
    .reply(404)
    .get("/repos/Codertocat/.github/contents/.github%2Fmlops.yml")
    .reply(404)
    .get(`${REPO}/actions/runs/1589141559/artifacts`)
    .query({ per_page: "100" })
    .reply(200, { total_count: 0, artifacts: [] })
    .get("/app")
    .reply(200, { id: 1, slug: "mlops-bot" })
    .get(`${REPO}/commits/${SHA}/check-runs`)
    .query({ check_name: "mlops/evaluation", app_id: "1", filter: "latest", per_page: "1" })
    .reply(200, { total_count: 0, check_runs: [] })
    .post(`${REPO}/check-runs`, {
      name: "mlops/evaluation",
      head_sha: SHA,
      status: "completed",
      conclusion: "failure",
      details_url: RUN_URL,
      output: {
        title: "No metrics artifact",
        summary,
        text: encodeEvaluationRecord({
          models: {},
          problems: [
            {
              ...source(null),
              code: "no-artifact",
              message: "the run uploaded no artifact named mlops-metrics",
            },
          ],
        }),
      },
    })
    .reply(201, { id: 71 })
    .get(`${REPO}/issues/3/comments`)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(`${REPO}/issues/3/comments`, {
      body: [
        marker,
        "### ⚠️ Evaluation not judged: No metrics artifact",
        "",
        summary,
        "",
        "_The check run **mlops/evaluation** on 5779607 says the same; it is updated when a run of this commit uploads usable metrics._",
      ].join("\n"),
    })
    .reply(201, { id: 81 });

  const { probot } = createTestProbot();
  await probot.load(app);
  await probot.receive({ id: "2", name: "workflow_run", payload: payload() as never });

  expect(scope.pendingMocks()).toEqual([]);
  expect(scope.isDone()).toBe(true);
});
