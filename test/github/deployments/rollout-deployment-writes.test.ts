import { Octokit } from "@octokit/rest";
import nock from "nock";
import { expect, test } from "vitest";
import { createDeployment } from "../../../src/github/deployments/create-deployment.js";
import { listRecentDeployments } from "../../../src/github/deployments/list-recent-deployments.js";
import { markInactive } from "../../../src/github/deployments/mark-inactive.js";
import { setDeploymentStatus } from "../../../src/github/deployments/set-deployment-status.js";
import { addReaction } from "../../../src/github/reactions/add-reaction.js";
import { expectRestRoute } from "../../helpers/openapi.js";

const octokit = () => new Octokit({ auth: "token", request: { retries: 0 } });
const repo = { owner: "acme", repo: "models" };
const SHA = "a".repeat(40);
const payload = {
  model: "fraud-detector",
  version: "2.3.0",
  rollout: 25,
  stable_version: "2.2.0",
  metrics: { accuracy: 0.931 },
  pull_request: 42,
  comment_id: 7,
};

test("a rollout step is created exactly as the contract says", async () => {
  const scope = nock("https://api.github.com")
    .post("/repos/acme/models/deployments", {
      ref: SHA,
      environment: "production",
      production_environment: true,
      auto_merge: false,
      required_contexts: [],
      task: "deploy",
      payload,
      description: "fraud-detector 2.3.0 to 25% of traffic",
    })
    .reply(201, { id: 101, created_at: "2026-11-02T09:00:00Z" });
  const created = await createDeployment(octokit(), repo, {
    ref: SHA,
    environment: "production",
    payload,
    description: "fraud-detector 2.3.0 to 25% of traffic",
  });
  expect(created).toEqual({ id: 101, createdAt: "2026-11-02T09:00:00Z" });
  expect(scope.isDone()).toBe(true);
  expectRestRoute("POST", "/repos/{owner}/{repo}/deployments");
});

test("statuses never retire other deployments (auto_inactive: false) and fit 140 characters", async () => {
  const long = "x".repeat(200);
  const scope = nock("https://api.github.com")
    .post("/repos/acme/models/deployments/101/statuses", {
      state: "in_progress",
      description: "fraud-detector 2.3.0 to 25% of traffic",
      auto_inactive: false,
    })
    .reply(201, { id: 1 })
    .post("/repos/acme/models/deployments/101/statuses", {
      state: "error",
      description: `${"x".repeat(139)}…`,
      auto_inactive: false,
    })
    .reply(201, { id: 2 })
    .post("/repos/acme/models/deployments/98/statuses", {
      state: "inactive",
      description: "Rolled back by deployment 102",
      auto_inactive: false,
    })
    .reply(201, { id: 3 })
    .post("/repos/acme/models/deployments/99/statuses", {
      state: "inactive",
      description: "Rolled back by deployment 102",
      auto_inactive: false,
    })
    .reply(201, { id: 4 });
  const target = { ...repo, deploymentId: 101 };
  await setDeploymentStatus(octokit(), target, {
    state: "in_progress",
    description: "fraud-detector 2.3.0 to 25% of traffic",
  });
  await setDeploymentStatus(octokit(), target, { state: "error", description: long });
  await markInactive(octokit(), repo, [98, 99], "Rolled back by deployment 102");
  expect(scope.isDone()).toBe(true);
  expectRestRoute("POST", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses");
});

test("the race check reads one page of the commit's deployments and keeps the app's own", async () => {
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/deployments")
    .query({ environment: "production", sha: SHA, per_page: "100" })
    .reply(200, [
      {
        id: 102,
        created_at: "2026-11-02T09:00:01Z",
        environment: "production",
        sha: SHA,
        payload,
        creator: { login: "mlops-bot[bot]" },
      },
      {
        id: 103,
        created_at: "2026-11-02T09:00:02Z",
        environment: "production",
        sha: SHA,
        payload: {},
        creator: { login: "github-actions[bot]" },
      },
    ]);
  const recent = await listRecentDeployments(
    octokit(),
    { ...repo, environment: "production", sha: SHA },
    "mlops-bot[bot]",
  );
  expect(recent.map((d) => d.id)).toEqual([102]);
  expect(scope.isDone()).toBe(true);
  expectRestRoute("GET", "/repos/{owner}/{repo}/deployments");
});

test("reactions on the command comment", async () => {
  const scope = nock("https://api.github.com")
    .post("/repos/acme/models/issues/comments/55/reactions", { content: "eyes" })
    .reply(201, { id: 1 })
    .post("/repos/acme/models/issues/comments/55/reactions", { content: "rocket" })
    .reply(200, { id: 2 });
  await addReaction(octokit(), { ...repo, commentId: 55 }, "eyes");
  await addReaction(octokit(), { ...repo, commentId: 55 }, "rocket");
  expect(scope.isDone()).toBe(true);
  expectRestRoute("POST", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions");
});
