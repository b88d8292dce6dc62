import { expect, test } from "vitest";
import { metricsCommentMarker } from "../../src/render/render-metrics-comment.js";
import {
  HEAD_SHA,
  REPO,
  evaluationChecks,
  metricsArtifact,
  metricsFile,
  setupEvaluation,
  writesOf,
} from "../handlers/evaluation/evaluation-fixtures.js";

const run = (artifacts: Array<{ name: string; zip: Uint8Array }>) => ({
  repo: REPO,
  headSha: HEAD_SHA,
  headBranch: "release-2.4",
  conclusion: "success" as const,
  artifacts,
});

test("an evaluation run: one sticky comment, the gate, the experiment card's Results and board fields", async () => {
  const { sim, pr, experiment } = await setupEvaluation();
  await sim.completeWorkflowRun(run([metricsArtifact()]));
  expect(sim.failedDeliveries).toEqual([]);

  const comments = sim.issue(REPO, pr)?.comments ?? [];
  expect(comments).toHaveLength(1);
  const comment = comments[0]?.body ?? "";
  expect(comment).toContain(metricsCommentMarker("fraud-detector"));
  expect(comment).toContain("### 📊 Evaluation: fraud-detector v2.4.0");
  expect(comment).toContain("Compared with the baseline given in the metrics file");
  expect(comment).toContain("▲ +0.006 ✅");
  expect(comment).toContain("region=EU");
  expect(comment).toContain("xychart-beta");
  expect(comment).toContain("https://github.com/acme/models/actions/runs/");

  const [check, ...more] = evaluationChecks(sim);
  expect(more).toEqual([]);
  expect(check?.conclusion).toBe("success");
  expect(check?.output.title).toBe("Passed: fraud-detector, accuracy 0.931 (▲ +0.006 ✅)");
  expect(check?.detailsUrl).toMatch(/\/actions\/runs\/\d+$/);

  const card = sim.issue(REPO, experiment)?.body ?? "";
  expect(card).toMatch(
    /### Results[\s\S]*✅ evaluation passed[\s\S]*\| \*\*accuracy\*\* ↑ \| 0.931 \| 0.925 \|/,
  );
  expect(sim.board("acme", 1)?.items.find((i) => i.number === experiment)?.values).toMatchObject({
    Status: "Evaluation",
    "Primary metric": 0.931,
    Version: "2.4.0",
  });
  expect(sim.unhandled).toEqual([]);
});

test("a second run updates the same comment, charts both runs, and moves the Results", async () => {
  const { sim, pr, experiment } = await setupEvaluation();
  await sim.completeWorkflowRun(run([metricsArtifact()]));
  const first = sim.issue(REPO, pr)?.comments[0];
  const better = metricsFile({ metrics: { accuracy: 0.942, f1: 0.89, latency_p95_ms: 40.1 } });
  await sim.completeWorkflowRun(run([metricsArtifact(better)]));

  const comments = sim.issue(REPO, pr)?.comments ?? [];
  expect(comments).toHaveLength(1);
  expect(comments[0]?.id).toBe(first?.id);
  expect(comments[0]?.body).toMatch(/x-axis \[.*"#1", "#2".*\]/);
  expect(comments[0]?.body).toContain("0.931, 0.942");
  expect(evaluationChecks(sim)).toHaveLength(1);
  expect(evaluationChecks(sim)[0]?.output.title).toContain("accuracy 0.942");
  expect(sim.issue(REPO, experiment)?.body).toContain("0.942");
  expect(sim.board("acme", 1)?.items.find((i) => i.number === experiment)?.values).toMatchObject({
    "Primary metric": 0.942,
  });
});

test("a redelivered workflow_run writes nothing", async () => {
  const { sim } = await setupEvaluation();
  const { deliveryIds } = await sim.completeWorkflowRun(run([metricsArtifact()]));
  sim.resetRequests();
  for (const id of deliveryIds) await sim.redeliver(id);
  expect(sim.failedDeliveries).toEqual([]);
  expect(writesOf(sim)).toEqual([]);
});

test("API requests per metrics post, first and steady state", async () => {
  const { sim } = await setupEvaluation();
  const count = () => {
    const all = sim.requests.filter((r) => !r.path.endsWith("/access_tokens"));
    return { all: all.length, writes: writesOf(sim).length };
  };
  await sim.completeWorkflowRun(run([metricsArtifact()]));
  const first = count();
  sim.resetRequests();
  const better = metricsFile({ metrics: { accuracy: 0.942, f1: 0.89, latency_p95_ms: 40.1 } });
  await sim.completeWorkflowRun(run([metricsArtifact(better)]));
  const second = count();
  // Reads: the PR is in the payload (0), config (2: the repository, the org's .github),
  // artifacts, download + blob, deployments, check run, comments (once: the chart's history
  // and the sticky comment share the lookup), ReadPullLinks, the board, the card item.
  // Writes: check run, comment, field values, card body. GET /app (the bot login and the app
  // id, once per process) was already asked when the PR opened and the app wrote
  // mlops/checklist, so the first post costs the same.
  expect(second).toEqual({ all: 15, writes: 4 });
  expect(first).toEqual({ all: 15, writes: 4 });
  process.stdout.write(
    `API requests per metrics post: first ${first.all} (writes ${first.writes}), next ${second.all} (writes ${second.writes})\n`,
  );
});

test("two models on one PR get one comment each; the card takes only its own model's results", async () => {
  const { sim, pr, experiment } = await setupEvaluation();
  await sim.completeWorkflowRun(run([metricsArtifact()]));
  await sim.completeWorkflowRun(
    run([metricsArtifact(metricsFile({ model: "churn-model", version: "1.0.0" }))]),
  );
  await sim.completeWorkflowRun(run([metricsArtifact()]));
  const comments = sim.issue(REPO, pr)?.comments ?? [];
  expect(comments.map((c) => c.body.split("\n")[0])).toEqual([
    metricsCommentMarker("fraud-detector"),
    metricsCommentMarker("churn-model"),
  ]);
  expect(sim.issue(REPO, experiment)?.body).toContain("**fraud-detector v2.4.0**");
  expect(sim.issue(REPO, experiment)?.body).not.toContain("churn-model");
});

test("with metrics.trust_forks, a run from a fork (empty pull_requests) finds the PR by head owner, branch and SHA", async () => {
  const { sim } = await setupEvaluation({ config: "metrics:\n  trust_forks: true\n" });
  sim.addRepo("bob/models");
  const forkSha = "f0".repeat(20);
  const fork = await sim.openPullRequest({
    repo: REPO,
    title: "From a fork",
    head: "exp",
    sha: forkSha,
    user: "bob",
    headRepo: "bob/models",
  });
  await sim.completeWorkflowRun({
    ...run([metricsArtifact()]),
    headSha: forkSha,
    headBranch: "exp",
    headRepo: "bob/models",
    pullRequests: [],
  });
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.issue(REPO, fork.number)?.comments).toHaveLength(1);
  expect(evaluationChecks(sim, forkSha)[0]?.conclusion).toBe("success");
});

test("a run of no open PR (a push to main) is logged and left alone", async () => {
  const { sim } = await setupEvaluation();
  await sim.completeWorkflowRun({
    ...run([metricsArtifact()]),
    headSha: "b2".repeat(20),
    headBranch: "main",
    event: "push",
  });
  expect(sim.failedDeliveries).toEqual([]);
  expect(writesOf(sim)).toEqual([]);
});
