import { expect, test } from "vitest";
import { metricsCommentMarker } from "../../src/render/render-metrics-comment.js";
import {
  HEAD_SHA,
  REPO,
  evaluationChecks,
  metricsArtifact,
  metricsFile,
  setupEvaluation,
} from "../handlers/evaluation/evaluation-fixtures.js";

const run = (artifacts: Array<{ name: string; zip: Uint8Array }>) => ({
  repo: REPO,
  headSha: HEAD_SHA,
  headBranch: "release-2.4",
  conclusion: "success" as const,
  artifacts,
});

async function forkPull(setup: Awaited<ReturnType<typeof setupEvaluation>>) {
  const { sim } = setup;
  sim.addRepo("bob/models");
  const sha = "f0".repeat(20);
  const pull = await sim.openPullRequest({
    ...{ repo: REPO, title: "Better model", head: "exp", sha, user: "bob" },
    headRepo: "bob/models",
  });
  return { sha, number: pull.number };
}

test("a fork PR's forged artifact does not count: not downloaded, the check fails saying why", async () => {
  const setup = await setupEvaluation();
  const { sim } = setup;
  const fork = await forkPull(setup);
  const forged = metricsFile({ metrics: { accuracy: 0.999, f1: 0.999, latency_p95_ms: 1 } });
  await sim.completeWorkflowRun({
    ...run([metricsArtifact(forged)]),
    ...{ headSha: fork.sha, headBranch: "exp", headRepo: "bob/models", pullRequests: [] },
  });
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.requests.some((r) => /\/actions\/artifacts\/\d+\/zip$/.test(r.path))).toBe(false);
  const [check] = evaluationChecks(sim, fork.sha);
  expect(check?.conclusion).toBe("failure");
  expect(check?.output.title).toBe("Evaluation from a fork not counted");
  expect(check?.output.summary).toContain("metrics.trust_forks: true");
  const comments = sim.issue(REPO, fork.number)?.comments ?? [];
  expect(comments.map((c) => c.body.split("\n")[0])).toEqual([
    `<!-- mlops-bot:evaluation-problem code=fork-run sha=${fork.sha} -->`,
  ]);
  expect(comments.some((c) => c.body.includes(metricsCommentMarker("fraud-detector")))).toBe(false);
});

test("a metrics file of 3,000 non-ASCII metrics gets its check, shortened by bytes", async () => {
  const { sim } = await setupEvaluation();
  const metrics = Object.fromEntries(
    Array.from({ length: 3000 }, (_, i) => [`точность_по_региону_${i}`, 0.5 + i / 10_000]),
  );
  await sim.completeWorkflowRun(
    run([metricsArtifact(metricsFile({ metrics: { accuracy: 0.931, ...metrics } }))]),
  );
  expect(sim.failedDeliveries).toEqual([]);
  const [check] = evaluationChecks(sim);
  expect(check?.conclusion).toBe("success");
  const summary = check?.output.summary ?? "";
  expect(Buffer.byteLength(summary, "utf8")).toBeLessThanOrEqual(65_535);
  // Well past the limit in bytes, though not in characters, had every row been kept.
  expect(summary).toMatch(/\d+ of 3001 metrics left out to stay within GitHub's size limit/);
  expect(summary).toContain("точность\\_по\\_региону\\_0");
});

test("Re-run on mlops/evaluation after a threshold change re-judges with the new config", async () => {
  const { sim } = await setupEvaluation();
  await sim.completeWorkflowRun(run([metricsArtifact()]));
  const [check] = evaluationChecks(sim);
  expect(check?.conclusion).toBe("success");
  sim.setFile(REPO, ".github/mlops.yml", "metrics:\n  thresholds:\n    accuracy: { min: 0.95 }\n");
  const delivered = await sim.rerunCheck({ repo: REPO, checkRunId: check?.id ?? 0 });
  expect(delivered).toHaveLength(1);
  expect(sim.failedDeliveries).toEqual([]);
  const [after, ...more] = evaluationChecks(sim);
  expect(more).toEqual([]);
  expect(after?.id).toBe(check?.id);
  expect(after?.conclusion).toBe("failure");
  expect(after?.output.title).toBe("Failed: fraud-detector, 1 failing: accuracy");

  // Back to a passing threshold: the next re-run passes again; a second press changes nothing.
  sim.setFile(REPO, ".github/mlops.yml", null);
  await sim.rerunCheck({ repo: REPO, checkRunId: check?.id ?? 0 });
  expect(evaluationChecks(sim)[0]?.conclusion).toBe("success");
  sim.resetRequests();
  await sim.rerunCheck({ repo: REPO, checkRunId: check?.id ?? 0 });
  expect(
    sim.requests.filter((r) => r.method !== "GET" && !r.path.endsWith("/access_tokens")),
  ).toEqual([]);
});

test("Re-run on another app's run of the same name reaches the app not at all", async () => {
  const { sim } = await setupEvaluation();
  const theirs = sim.createActionsCheckRun({
    ...{ repo: REPO, headSha: HEAD_SHA, name: "mlops/evaluation", conclusion: "success" },
  });
  expect(await sim.rerunCheck({ repo: REPO, checkRunId: theirs.id })).toEqual([]);
});
