import nock from "nock";
import { afterEach, expect, test } from "vitest";
import app from "../../../src/index.js";
import { PROTECTION_COMMENT_LIMIT } from "../../../src/render/fit-protection-comment.js";
import { createTestProbot } from "../../helpers/probot.js";

const head = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const route = "/repos/acme/models/actions/runs/77/deployment_protection_rule";

/** `deployment_protection_rule.requested` for run 77 (a push: no deployment lookup). */
const payload = {
  action: "requested",
  environment: "production",
  event: "push",
  sha: head,
  ref: "refs/heads/main",
  deployment_callback_url: `https://api.github.com${route}`,
  deployment: null,
  pull_requests: [],
  repository: { id: 1, name: "models", full_name: "acme/models", owner: { login: "acme" } },
  installation: { id: 1 },
  sender: { login: "github-actions[bot]" },
};

/** `rollout.require` with 60 unknown gates: 60 problems, 3 listed, the rest counted. */
const badConfig = `rollout:\n  require: [${Array.from({ length: 60 }, (_, i) => `gate-${i}`).join(", ")}]\n`;

async function receive() {
  const { probot, log } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope
    .get("/repos/acme/models/contents/.github%2Fmlops.yml")
    .reply(200, badConfig, { "content-type": "text/plain" });
  return {
    scope,
    log,
    run: () => probot.receive({ name: "deployment_protection_rule", id: "d1", payload } as never),
  };
}

afterEach(() => nock.cleanAll());

test("a broken config with 60 problems: the rejection lists 3, counts the rest, and fits 1,024 characters", async () => {
  const { scope, run } = await receive();
  let sent: { comment: string; state: string; environment_name: string } | undefined;
  scope
    .post(route, (body: typeof sent) => {
      sent = body;
      return true;
    })
    .reply(204);
  await run();
  expect(scope.isDone()).toBe(true);
  expect(sent?.state).toBe("rejected");
  expect(sent?.environment_name).toBe("production");
  const comment = sent?.comment ?? "";
  expect(comment.length).toBeLessThanOrEqual(PROTECTION_COMMENT_LIMIT);
  const lines = comment.split("\n");
  expect(lines[0]).toBe(
    "❌ mlops-bot cannot use .github/mlops.yml, so deploying to production is rejected.",
  );
  expect(lines.slice(1, -1)).toEqual([
    '- rollout.require[0]: expected checklist or evaluation, got "gate-0"',
    '- rollout.require[1]: expected checklist or evaluation, got "gate-1"',
    '- rollout.require[2]: expected checklist or evaluation, got "gate-2"',
    "- … and 57 more problems",
  ]);
  expect(lines.at(-1)).toBe("Fix the file on the default branch, then re-run the deploy job.");
});

test("a 422 that does not say 'already answered' fails the delivery, logged at error level with the run id", async () => {
  const { scope, run, log } = await receive();
  scope.post(route).reply(422, {
    message: "Validation Failed",
    errors: [{ resource: "DeploymentProtectionRule", code: "invalid", field: "environment_name" }],
  });
  await expect(run()).rejects.toThrow();
  expect(scope.isDone()).toBe(true);
  const errors = log.lines.filter((l) => l.level === 50 && l.run === 77);
  expect(errors).toEqual([
    expect.objectContaining({
      run: 77,
      environment: "production",
      sha: head,
      msg: "deployment_protection_rule NOT answered: the deploy job is still waiting",
    }),
  ]);
});

test("a 422 saying there is nothing pending any more (a redelivery) is already answered: no error", async () => {
  const { scope, run, log } = await receive();
  scope
    .post(route)
    .reply(422, { message: "No pending deployment protection rule for this run and environment" });
  await run();
  expect(scope.isDone()).toBe(true);
  expect(log.lines.filter((l) => l.level === 50)).toEqual([]);
  expect(log.lines).toContainEqual(
    expect.objectContaining({ run: 77, outcome: "already-answered" }),
  );
});

test("a 500 there fails the delivery, logged at error level with the run id", async () => {
  const { scope, run, log } = await receive();
  scope.post(route).reply(500, { message: "Server Error" });
  await expect(run()).rejects.toThrow();
  expect(scope.isDone()).toBe(true);
  expect(log.lines.filter((l) => l.level === 50 && l.run === 77)).toHaveLength(1);
});
