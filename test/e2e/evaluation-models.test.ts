import { expect, test } from "vitest";
import { metricsCommentMarker } from "../../src/render/render-metrics-comment.js";
import { metricsArtifact as zipMetrics } from "../../src/simulator/index.js";
import {
  HEAD_SHA,
  REPO,
  evaluationChecks,
  metricsArtifact,
  metricsFile,
  setupEvaluation,
} from "../handlers/evaluation/evaluation-fixtures.js";

const run = (artifacts: Array<{ name: string; zip: Uint8Array }>, path?: string) => ({
  repo: REPO,
  headSha: HEAD_SHA,
  headBranch: "release-2.4",
  conclusion: "success" as const,
  artifacts,
  ...(path ? { path, name: "Ranker" } : {}),
});

const ranker = (accuracy: number) => ({
  ...zipMetrics(
    metricsFile({ model: "ranker", version: "1.1.0", metrics: { accuracy }, baseline: undefined }),
  ),
  name: "mlops-metrics-ranker",
});

const config = [
  "metrics:",
  "  thresholds:",
  "    accuracy: { min: 0.9 }",
  "rollout:",
  "  require: [evaluation]",
  "",
].join("\n");

test("a PR evaluating two models, one failing: a comment each, the check fails listing both", async () => {
  const { sim, clock, pr } = await setupEvaluation({ config });
  await sim.completeWorkflowRun(run([metricsArtifact()]));
  clock.advance(60_000);
  await sim.completeWorkflowRun(run([ranker(0.8)], ".github/workflows/ranker.yml"));
  expect(sim.failedDeliveries).toEqual([]);

  const markers = (sim.issue(REPO, pr)?.comments ?? []).map((c) => c.body.split("\n")[0]);
  expect(markers).toEqual([metricsCommentMarker("fraud-detector"), metricsCommentMarker("ranker")]);
  const [check, ...more] = evaluationChecks(sim);
  expect(more).toEqual([]);
  expect(check?.conclusion).toBe("failure");
  expect(check?.output.title).toBe("Failed: 1 of 2, ranker");
  const summary = check?.output.summary ?? "";
  expect(summary).toContain("- ✅ **fraud-detector**: Passed: fraud-detector, accuracy 0.931");
  expect(summary).toContain("- ❌ **ranker**: Failed: ranker, 1 failing: accuracy");
  expect(summary).toMatch(/\*\*fraud-detector v2\.4\.0\*\*[\s\S]*\| \*\*accuracy\*\* ↑ \| 0\.931/);
  expect(summary).toMatch(/\*\*ranker v1\.1\.0\*\*[\s\S]*\| \*\*accuracy\*\* ↑ \| 0\.8 \|/);

  // The ranker's re-run passes: its latest evaluation replaces the failing one.
  clock.advance(60_000);
  await sim.completeWorkflowRun(run([ranker(0.95)], ".github/workflows/ranker.yml"));
  expect(evaluationChecks(sim)[0]?.conclusion).toBe("success");
  expect(evaluationChecks(sim)[0]?.output.title).toBe("Passed: 2 models, fraud-detector, ranker");
});

test("a delivery of an older run arriving last does not replace the model's latest evaluation", async () => {
  const { sim, clock } = await setupEvaluation({ config });
  const older = await sim.completeWorkflowRun(run([metricsArtifact()]));
  clock.advance(60_000);
  const failing = metricsFile({ metrics: { accuracy: 0.5 } });
  await sim.completeWorkflowRun(run([metricsArtifact(failing)]));
  expect(evaluationChecks(sim)[0]?.conclusion).toBe("failure");
  for (const id of older.deliveryIds) await sim.redeliver(id);
  expect(evaluationChecks(sim)[0]?.conclusion).toBe("failure");
});

test("/promote of the passing model judges that model's own evaluation, found through the check's record", async () => {
  const { sim, clock, pr } = await setupEvaluation({ config });
  sim.setPermission(REPO, "alice", "write");
  const fraud = await sim.completeWorkflowRun(run([metricsArtifact()]));
  clock.advance(60_000);
  await sim.completeWorkflowRun(run([ranker(0.8)], ".github/workflows/ranker.yml"));
  // Many later runs of other workflows on the same SHA: the record, not a search, finds it.
  for (let i = 0; i < 6; i++) {
    clock.advance(1_000);
    await sim.completeWorkflowRun({
      ...run([]),
      path: `.github/workflows/ci-${i}.yml`,
      name: "CI",
    });
  }
  expect(evaluationChecks(sim)[0]?.conclusion).toBe("failure");
  sim.resetRequests();
  await sim.comment({ repo: REPO, number: pr, user: "alice", body: "/promote 5%" });
  await sim.settle();
  expect(sim.failedDeliveries).toEqual([]);
  const deployments = [...sim.store.deployments.values()];
  expect(deployments).toHaveLength(1);
  expect(deployments[0]?.payload).toMatchObject({
    model: "fraud-detector",
    metrics: { accuracy: 0.931, f1: 0.884, latency_p95_ms: 41.2 },
  });
  // No listing of the SHA's runs: the run id came from the record.
  expect(sim.requests.some((r) => r.path.endsWith("/actions/runs"))).toBe(false);
  expect(sim.requests.some((r) => r.path.includes(`/actions/runs/${fraud.runId}/artifacts`))).toBe(
    true,
  );
});

test("/promote of the failing model is refused naming its evaluation; the passing model's goes ahead", async () => {
  const { sim, clock, pr, deployment } = await setupEvaluation({ config });
  sim.setPermission(REPO, "alice", "write");
  await sim.completeWorkflowRun(run([metricsArtifact()]));
  clock.advance(60_000);
  await sim.completeWorkflowRun(run([ranker(0.8)], ".github/workflows/ranker.yml"));
  const promote = async () => {
    const { commentId } = await sim.comment({
      repo: REPO,
      number: pr,
      user: "alice",
      body: "/promote 5%",
    });
    await sim.settle();
    const thread = sim.issue(REPO, pr)?.comments ?? [];
    return thread.filter((c) => c.id > commentId && c.user === sim.botLogin).at(-1)?.body ?? "";
  };
  // The person edits the card's Model and Version answers (the app rewrote the form's body).
  const original = sim.issue(REPO, deployment)?.body ?? "";
  const card = (model: string, version: string) =>
    original.replaceAll("fraud-detector", model).replaceAll("2.4.0", version);

  // The deployment card ships the ranker, whose latest evaluation fails.
  await sim.editIssueBody({
    repo: REPO,
    number: deployment,
    body: card("ranker", "1.1.0"),
    user: "alice",
  });
  const refusal = await promote();
  expect(refusal).toMatch(/mlops\/evaluation for ranker: failure \(run [^)]+\)/);
  expect(refusal).not.toContain("fraud-detector");
  expect([...sim.store.deployments.values()]).toEqual([]);

  // The same PR, its card shipping fraud-detector (passing): the step is made.
  await sim.editIssueBody({
    repo: REPO,
    number: deployment,
    body: card("fraud-detector", "2.4.0"),
    user: "alice",
  });
  const reply = await promote();
  expect(reply).not.toContain("refused");
  expect(sim.failedDeliveries).toEqual([]);
  const made = [...sim.store.deployments.values()];
  expect(made).toHaveLength(1);
  expect(made[0]?.payload).toMatchObject({ model: "fraud-detector", version: "2.4.0" });
});

test("a metrics post with three models recorded reads the deployment history once, each other model's artifact once", async () => {
  const { sim, clock } = await setupEvaluation({ config });
  await sim.completeWorkflowRun(run([metricsArtifact()]));
  clock.advance(60_000);
  await sim.completeWorkflowRun(run([ranker(0.95)], ".github/workflows/ranker.yml"));
  clock.advance(60_000);
  sim.resetRequests();
  const scorer = {
    ...zipMetrics(
      metricsFile({ model: "scorer", metrics: { accuracy: 0.97 }, baseline: undefined }),
    ),
    name: "mlops-metrics-scorer",
  };
  const third = await sim.completeWorkflowRun(run([scorer], ".github/workflows/scorer.yml"));
  expect(sim.failedDeliveries).toEqual([]);
  const api = sim.requests.filter(
    (r) => !r.path.endsWith("/access_tokens") && !r.path.startsWith("/actions-results/"),
  );
  expect(api.filter((r) => r.path.endsWith("/deployments"))).toHaveLength(1);
  const artifactLists = api.filter((r) => r.path.endsWith("/artifacts")).map((r) => r.path);
  expect(artifactLists).toHaveLength(3);
  expect(new Set(artifactLists).size).toBe(3);
  expect(artifactLists).toContain(`/repos/${REPO}/actions/runs/${third.runId}/artifacts`);
  // The run's own model as with one model (9 here: the config file, its artifact list and zip,
  // the deployments, the check, the comment, the cards), then 2 per other model (list, zip).
  expect(api).toHaveLength(13);
  expect(evaluationChecks(sim)[0]?.output.title).toBe(
    "Passed: 3 models, fraud-detector, ranker, scorer",
  );
});
