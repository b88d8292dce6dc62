import nock from "nock";
import { expect, test } from "vitest";
import { loadConfig, type ConfigResult } from "../../src/config/load-config.js";
import { webhookExample } from "../../src/simulator/webhook-example.js";
import { expectRestRoute } from "../helpers/openapi.js";
import { createTestProbot } from "../helpers/probot.js";

// loadConfig sends the requests Probot's config plugin sends: it reads each file with GET /repos/{owner}/{repo}/contents/{path}
// and `mediaType: { format: "raw" }`, the path URL-encoded as one segment.
const RAW = "application/vnd.github.v3.raw";
const REPO_FILE = "/repos/Codertocat/Hello-World/contents/.github%2Fmlops.yml";
const ORG_FILE = "/repos/Codertocat/.github/contents/.github%2Fmlops.yml";
const TEXT = { "content-type": "text/plain; charset=utf-8" };

/** Receives `issues.opened` in a test Probot whose handler calls loadConfig(context). */
async function loadThroughProbot(): Promise<ConfigResult> {
  const { probot } = createTestProbot();
  const results: ConfigResult[] = [];
  probot.on("issues.opened", async (context) => {
    results.push(await loadConfig(context));
  });
  await probot.receive({
    id: "1",
    name: "issues",
    payload: webhookExample("issues", "opened") as never,
  });
  expect(results).toHaveLength(1);
  return results[0] as ConfigResult;
}

function github() {
  return nock("https://api.github.com")
    .post("/app/installations/1/access_tokens")
    .reply(200, { token: "test", permissions: { contents: "read" } });
}

test("the route Probot's config plugin calls is GitHub's contents API", () => {
  expectRestRoute("GET", "/repos/{owner}/{repo}/contents/{path}");
});

test("the repository's own file is validated, defaults filling the rest", async () => {
  const scope = github()
    .get(REPO_FILE)
    .matchHeader("accept", RAW)
    .reply(200, "rollout:\n  steps: [10, 50, 100]\nproject:\n  number: 7\n", TEXT);
  const result = await loadThroughProbot();
  expect(result.ok && result.config.rollout).toMatchObject({
    environment: "production",
    steps: [10, 50, 100],
    promoters: "write",
    require: ["checklist", "evaluation"],
    auto_rollback: true,
  });
  expect(result.ok && result.config.project).toEqual({ number: 7, title: "MLOps" });
  expect(scope.isDone()).toBe(true);
});

test("no file anywhere means every default", async () => {
  const scope = github()
    .get(REPO_FILE)
    .reply(404, { message: "Not Found" })
    .get(ORG_FILE)
    .reply(404, { message: "Not Found" });
  const result = await loadThroughProbot();
  expect(result.ok && result.config.labels.experiment).toBe("ml-experiment");
  expect(scope.isDone()).toBe(true);
});

test("without a repository file, the owner's .github repository supplies it", async () => {
  const scope = github()
    .get(REPO_FILE)
    .reply(404, { message: "Not Found" })
    .get(ORG_FILE)
    .matchHeader("accept", RAW)
    .reply(200, "labels:\n  experiment: exp\n", TEXT);
  const result = await loadThroughProbot();
  expect(result.ok && result.config.labels).toMatchObject({
    experiment: "exp",
    deployment: "ml-deployment",
    incident: "ml-monitoring",
    retraining: "ml-retraining",
  });
  expect(scope.isDone()).toBe(true);
});

test("_extends: lists and the thresholds map of the repository file replace the base's whole", async () => {
  const base = [
    "rollout:",
    "  environment: prod-eu",
    "  steps: [5, 25, 50, 100]",
    "metrics:",
    "  higher_is_better: [accuracy, auc]",
    "  thresholds:",
    "    accuracy: { min: 0.9 }",
    "    latency_p95_ms: { max: 50 }",
  ].join("\n");
  const own = [
    "_extends: .github",
    "rollout:",
    "  steps: [10, 100]",
    "metrics:",
    "  thresholds:",
    "    f1: { min: 0.8 }",
  ].join("\n");
  const scope = github()
    .get(REPO_FILE)
    .matchHeader("accept", RAW)
    .reply(200, own, TEXT)
    .get(ORG_FILE)
    .matchHeader("accept", RAW)
    .reply(200, base, TEXT);
  const result = await loadThroughProbot();
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  // Keys of closed sections still merge one by one: the base's environment is kept.
  expect(result.config.rollout.environment).toBe("prod-eu");
  expect(result.config.rollout.steps).toEqual([10, 100]);
  expect(result.config.metrics.higher_is_better).toEqual(["accuracy", "auc"]);
  expect(result.config.metrics.thresholds).toEqual({ f1: { min: 0.8 } });
  expect(scope.isDone()).toBe(true);
});

test("a YAML syntax error becomes a ConfigError with its line", async () => {
  const scope = github()
    .get(REPO_FILE)
    .reply(200, "rollout:\n  steps: [5, 25\nlabels: x: y\n", TEXT);
  const result = await loadThroughProbot();
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.file).toBe(".github/mlops.yml");
  expect(result.error.problems).toEqual([
    {
      path: "line 3",
      message:
        "not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (column 1)",
    },
  ]);
  expect(scope.isDone()).toBe(true);
});

test("a YAML error in the inherited file names that file", async () => {
  const scope = github()
    .get(REPO_FILE)
    .reply(200, "_extends: .github\n", TEXT)
    .get(ORG_FILE)
    .reply(200, "rollout: [\n", TEXT);
  const result = await loadThroughProbot();
  expect(!result.ok && result.error.file).toBe("Codertocat/.github:.github/mlops.yml");
  expect(scope.isDone()).toBe(true);
});

test("an invalid _extends value is reported on the _extends key", async () => {
  const scope = github().get(REPO_FILE).reply(200, "_extends: 'not a repo!'\n", TEXT);
  const result = await loadThroughProbot();
  expect(!result.ok && result.error.problems).toEqual([
    {
      path: "_extends",
      message: 'expected repo, owner/repo or owner/repo:path/file.yml, got "not a repo!"',
    },
  ]);
  expect(scope.isDone()).toBe(true);
});

test("an _extends chain that loops back is reported, not followed forever", async () => {
  const scope = github()
    .get(REPO_FILE)
    .reply(200, "_extends: .github\n", TEXT)
    .get(ORG_FILE)
    .reply(200, "_extends: Hello-World\n", TEXT);
  const result = await loadThroughProbot();
  expect(!result.ok && result.error).toMatchObject({
    file: "Codertocat/.github:.github/mlops.yml",
    problems: [
      { path: "_extends", message: "the _extends chain comes back to a file it has already read" },
    ],
  });
  expect(scope.isDone()).toBe(true);
});

test("a directory where the file should be is reported", async () => {
  const scope = github()
    .get(REPO_FILE)
    .reply(200, [{ name: "x.yml", type: "file" }], {
      "content-type": "application/json; charset=utf-8",
    });
  const result = await loadThroughProbot();
  expect(!result.ok && result.error.problems).toEqual([
    { path: "(top level)", message: "expected a file, found a directory or a submodule" },
  ]);
  expect(scope.isDone()).toBe(true);
});

test("a GitHub API error is not the file's fault: it is thrown, for Probot to log", async () => {
  const scope = github().get(REPO_FILE).reply(500, { message: "boom" });
  await expect(loadThroughProbot()).rejects.toThrow(/boom/);
  expect(scope.isDone()).toBe(true);
});

test("a file that is a scalar is a config error, not the defaults", async () => {
  const scope = github().get(REPO_FILE).matchHeader("accept", RAW).reply(200, "42\n", TEXT);
  const result = await loadThroughProbot();
  expect(!result.ok && result.error).toEqual({
    file: ".github/mlops.yml",
    problems: [
      {
        path: "(top level)",
        message: "expected a mapping of sections such as project: and rollout:, got a number (42)",
      },
    ],
    fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/),
  });
  expect(scope.isDone()).toBe(true);
});

test("an _extends to a repository that does not exist is a config error naming both", async () => {
  const scope = github()
    .get(REPO_FILE)
    .matchHeader("accept", RAW)
    .reply(200, "_extends: acme-ml/settings\nproject:\n  number: 7\n", TEXT)
    .get("/repos/acme-ml/settings/contents/.github%2Fmlops.yml")
    .matchHeader("accept", RAW)
    .reply(404, { message: "Not Found" });
  const result = await loadThroughProbot();
  expect(!result.ok && result.error.file).toBe(".github/mlops.yml");
  expect(!result.ok && result.error.problems).toEqual([
    {
      path: "_extends",
      message:
        "expected a file at acme-ml/settings:.github/mlops.yml, found none: the repository or the file does not exist, or the repository is private and mlops-bot is not installed on it",
    },
  ]);
  expect(scope.isDone()).toBe(true);
});

test("the owner's .github file extending another file of the organization still works", async () => {
  const scope = github()
    .get(REPO_FILE)
    .reply(404, { message: "Not Found" })
    .get(ORG_FILE)
    .matchHeader("accept", RAW)
    .reply(200, "_extends: .github:base/mlops.yml\nlabels:\n  experiment: exp\n", TEXT)
    .get("/repos/Codertocat/.github/contents/base%2Fmlops.yml")
    .matchHeader("accept", RAW)
    .reply(200, "labels:\n  experiment: base\n  incident: alerts\n", TEXT);
  const result = await loadThroughProbot();
  expect(result.ok && result.config.labels).toMatchObject({
    experiment: "exp",
    incident: "alerts",
  });
  expect(scope.isDone()).toBe(true);
});

test("a file over 16 KiB is refused before it is parsed, with its size and the bound", async () => {
  const keys = Array.from({ length: 6000 }, (_, i) => `    m${i}: { min: 0.5 }`).join("\n");
  const scope = github().get(REPO_FILE).reply(200, `metrics:\n  thresholds:\n${keys}\n`, TEXT);
  const result = await loadThroughProbot();
  expect(!result.ok && result.error.problems).toEqual([
    {
      path: "(top level)",
      message:
        "the file is 142,913 bytes; mlops-bot reads at most 16,384 bytes (16 KiB), and a full configuration is under 2 KiB",
    },
  ]);
  expect(scope.isDone()).toBe(true);
});
