import { createRequire } from "node:module";
import { Octokit } from "@octokit/rest";
import nock from "nock";
import { expect, test } from "vitest";
import { answerProtectionRule } from "../../../src/github/protection/answer-protection-rule.js";
import { parseProtectionRequest } from "../../../src/github/protection/parse-protection-request.js";
import { expectRestRoute } from "../../helpers/openapi.js";

const octokit = () => new Octokit({ auth: "token", request: { retries: 0 } });
const target = { owner: "acme", repo: "models", runId: 77 };
const answer = { environment: "production", state: "rejected" as const, comment: "❌ checklist" };
const path = "/repos/acme/models/actions/runs/77/deployment_protection_rule";

test("answers with environment_name, state and comment on the run's route", async () => {
  expectRestRoute("POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule");
  const scope = nock("https://api.github.com")
    .post(path, { environment_name: "production", state: "rejected", comment: "❌ checklist" })
    .reply(204);
  expect(await answerProtectionRule(octokit(), target, answer)).toBe("answered");
  expect(scope.isDone()).toBe(true);
});

test("a 422 saying it was answered before (a redelivery) is already answered; any other 422 and other errors are thrown", async () => {
  const scope = nock("https://api.github.com")
    .post(path)
    .reply(422, { message: "No pending deployment protection rule" })
    .post(path)
    .reply(422, { message: "Validation Failed", errors: [{ field: "comment", code: "custom" }] })
    .post(path)
    .reply(500, { message: "boom" });
  expect(await answerProtectionRule(octokit(), target, answer)).toBe("already-answered");
  await expect(answerProtectionRule(octokit(), target, answer)).rejects.toMatchObject({
    status: 422,
  });
  await expect(answerProtectionRule(octokit(), target, answer)).rejects.toMatchObject({
    status: 500,
  });
  expect(scope.isDone()).toBe(true);
});

/** A payload with every top-level key of OpenAPI's `webhook-deployment-protection-rule-requested`. */
function requestedPayload() {
  return {
    action: "requested",
    environment: "production",
    event: "deployment",
    sha: "ab".repeat(20),
    ref: "refs/heads/main",
    deployment_callback_url:
      "https://api.github.com/repos/acme/models/actions/runs/77/deployment_protection_rule",
    deployment: null,
    pull_requests: [],
    repository: { name: "models", owner: { login: "acme" } },
    organization: { login: "acme" },
    installation: { id: 1 },
    sender: { login: "github-actions[bot]" },
  };
}

test("the payload fixture has exactly the keys GitHub's published schema describes", () => {
  const require = createRequire(import.meta.url);
  const spec = require("@octokit/openapi/generated/api.github.com.json") as {
    components: { schemas: Record<string, { properties: Record<string, unknown> }> };
  };
  const schema = spec.components.schemas["webhook-deployment-protection-rule-requested"];
  expect(Object.keys(requestedPayload()).sort()).toEqual(
    Object.keys(schema?.properties ?? {}).sort(),
  );
});

test("parseProtectionRequest finds the run in deployment_callback_url", () => {
  expect(parseProtectionRequest(requestedPayload())).toEqual({
    ok: true,
    request: {
      owner: "acme",
      repo: "models",
      environment: "production",
      sha: "ab".repeat(20),
      runId: 77,
    },
  });
  const ghes = {
    ...requestedPayload(),
    deployment_callback_url:
      "https://ghe.example/api/v3/repos/acme/models/actions/runs/9/deployment_protection_rule",
  };
  expect(parseProtectionRequest(ghes)).toMatchObject({ ok: true, request: { runId: 9 } });
});

test.each([
  ["no environment", { environment: undefined }],
  ["a short sha", { sha: "abc" }],
  ["a callback URL without a run", { deployment_callback_url: "https://api.github.com/x" }],
  ["another action", { action: "created" }],
])("parseProtectionRequest refuses %s", (_name, change) => {
  const parsed = parseProtectionRequest({ ...requestedPayload(), ...change });
  expect(parsed.ok).toBe(false);
});
