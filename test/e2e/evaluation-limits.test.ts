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

const SLICES = 4000;
const PARAMS = 600;

/** A metrics file far over GitHub's 65,536 characters once rendered: slices, params, metrics. */
function hugeFile() {
  const metrics: Record<string, number> = { accuracy: 0.931, f1: 0.884, latency_p95_ms: 41.2 };
  for (let i = 0; i < 40; i += 1) metrics[`extra_metric_${i}`] = i / 100;
  const slices: Record<string, Record<string, number>> = {};
  for (let i = 0; i < SLICES; i += 1)
    slices[`customer_segment=enterprise|north-${String(i).padStart(4, "0")}`] = {
      accuracy: 0.9,
      f1: 0.8,
      recall: 0.7,
    };
  const params: Record<string, number> = {};
  for (let i = 0; i < PARAMS; i += 1) params[`hyperparameter_number_${i}`] = i;
  return metricsFile({ metrics, slices, params });
}

const completeRun = (file: unknown) => ({
  repo: REPO,
  headSha: HEAD_SHA,
  headBranch: "release-2.4",
  conclusion: "success" as const,
  artifacts: [metricsArtifact(file)],
});

test("many slices: the comment keeps the headline table within 65,536 characters and says how much was left out", async () => {
  const { sim, pr, experiment } = await setupEvaluation();
  await sim.completeWorkflowRun(completeRun(hugeFile()));
  expect(sim.failedDeliveries).toEqual([]);

  const comments = sim.issue(REPO, pr)?.comments ?? [];
  expect(comments).toHaveLength(1);
  const body = comments[0]?.body ?? "";
  expect(body.length).toBeLessThanOrEqual(65_536);
  expect(body.length).toBeGreaterThan(60_000);
  expect(body.startsWith(metricsCommentMarker("fraud-detector"))).toBe(true);
  expect(body).toContain("| **accuracy** ↑ | 0.931 | 0.925 |");
  expect(body).toContain("extra\\_metric\\_39");
  // Pipes in slice names are escaped, so a row keeps its columns.
  expect(body).toContain("| customer\\_segment=enterprise\\|north-0000 |");
  const omitted = /(\d+) of 4000 slices left out to stay within GitHub's comment size limit/.exec(
    body,
  )?.[1];
  expect(Number(omitted)).toBeGreaterThan(0);
  const shown = body.split("\n").filter((line) => line.startsWith("| customer")).length;
  expect(shown + Number(omitted)).toBe(SLICES);
  expect(body).toContain("<!-- mlops-bot:history");

  const [check, ...more] = evaluationChecks(sim);
  expect(more).toEqual([]);
  expect(check?.conclusion).toBe("success");
  expect(check?.output.summary?.length).toBeLessThanOrEqual(65_535);
  const card = sim.issue(REPO, experiment)?.body ?? "";
  expect(card.length).toBeLessThanOrEqual(65_536);
  expect(card).toMatch(/### Results[\s\S]*\| \*\*accuracy\*\* ↑ \| 0.931 \| 0.925 \|/);
});

test("many slices, run again: the same comment is updated in place, never a second one", async () => {
  const { sim, pr } = await setupEvaluation();
  await sim.completeWorkflowRun(completeRun(hugeFile()));
  const first = sim.issue(REPO, pr)?.comments[0];
  const improved = hugeFile();
  (improved.metrics as Record<string, number>).accuracy = 0.95;
  await sim.completeWorkflowRun(completeRun(improved));
  expect(sim.failedDeliveries).toEqual([]);
  const comments = sim.issue(REPO, pr)?.comments ?? [];
  expect(comments.map((c) => c.id)).toEqual([first?.id]);
  expect(comments[0]?.body.length).toBeLessThanOrEqual(65_536);
  expect(comments[0]?.body).toContain("| **accuracy** ↑ | 0.95 | 0.925 |");
  expect(evaluationChecks(sim)).toHaveLength(1);
});
