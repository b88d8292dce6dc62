import { expect, test } from "vitest";
import app from "../../src/index.js";
import { metricsArtifact } from "../../src/simulator/index.js";
import { setupSimulator } from "../simulator/setup-simulator.js";
import { REPO, deploymentForm } from "./rollout-world.js";

const SHA = "c".repeat(40);

/**
 * The whole app: fraud-detector 2.5.0 at 25 % (PR with a deployment card, evaluation passing;
 * promoted while only the evaluation gated), then the checklist gate required and failing
 * (five unticked items), as after someone adds a box to a running rollout.
 */
async function canaryWithFailingGate() {
  const setup = await setupSimulator(app);
  const { sim } = setup;
  sim.setPermission(REPO, "alice", "write");
  sim.setFile(REPO, ".github/mlops.yml", "rollout:\n  require: [evaluation]\n");
  const issue = await sim.openIssue({
    repo: REPO,
    title: "Ship 2.5.0",
    body: deploymentForm("2.5.0"),
    labels: ["ml-deployment"],
    user: "alice",
  });
  const pr = await sim.openPullRequest({
    repo: REPO,
    title: "Release 2.5.0",
    body: `Closes #${issue.number}`,
    head: "release-2.5.0",
    sha: SHA,
    user: "alice",
  });
  const metrics = { model: "fraud-detector", version: "2.5.0", metrics: { accuracy: 0.93 } };
  await sim.completeWorkflowRun({
    repo: REPO,
    headSha: SHA,
    headBranch: "release-2.5.0",
    conclusion: "success",
    artifacts: [metricsArtifact(metrics)],
  });
  const say = async (body: string) => {
    await sim.comment({ repo: REPO, number: pr.number, user: "alice", body });
    await sim.settle();
  };
  await say("/promote 25%");
  sim.setFile(REPO, ".github/mlops.yml", null);
  const ours = () => [...sim.store.deployments.values()].filter((d) => d.creator === sim.botLogin);
  expect(ours().map((d) => (d.payload as { rollout: number }).rollout)).toEqual([25]);
  return { ...setup, pr: pr.number, say, ours };
}

test("the deploy job of a /rollback is approved although the canary's gates fail", async () => {
  const { sim, say, ours } = await canaryWithFailingGate();
  // Before the rollback, a deploy job on the canary's SHA is held by the failing checklist.
  await sim.requestDeploymentProtection({ repo: REPO, environment: "production", sha: SHA });
  expect(sim.store.protectionReviews.at(-1)).toMatchObject({ state: "rejected" });
  await say("/rollback latency regression");
  const rollback = ours().at(-1);
  expect(rollback?.payload).toMatchObject({ rollout: 0, version: "2.5.0" });
  sim.resetRequests();
  const { runId } = await sim.requestDeploymentProtection({
    repo: REPO,
    environment: "production",
    sha: SHA,
  });
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.store.protectionReviews.at(-1)).toEqual({
    ...sim.store.protectionReviews.at(-1),
    runId,
    environment: "production",
    state: "approved",
    comment: `✅ mlops-bot: deployment ${rollback?.id} rolls fraud-detector 2.5.0 back in production. A rollback is never held by the gates, so this job is approved.`,
  });
  // The rollback was recognised from the deployments of the SHA, not from the gates.
  const reads = sim.requests.filter(
    (r) => r.method === "GET" && !r.path.endsWith("/access_tokens"),
  );
  expect(reads.map((r) => r.path)).toEqual([`/repos/${REPO}/deployments`]);
});

test("after a rollback, a deploy job not started by the app's deployment is still judged by the gates", async () => {
  const { sim, say } = await canaryWithFailingGate();
  await say("/rollback");
  await sim.requestDeploymentProtection({
    repo: REPO,
    environment: "production",
    sha: SHA,
    event: "push",
  });
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.store.protectionReviews.at(-1)).toMatchObject({
    state: "rejected",
    comment: expect.stringMatching(/^❌ mlops-bot: 1 gate is failing for ccccccc/),
  });
});

test("a promote step's deploy job on the same SHA is not approved as a rollback", async () => {
  const { sim } = await canaryWithFailingGate();
  await sim.requestDeploymentProtection({ repo: REPO, environment: "production", sha: SHA });
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.store.protectionReviews.at(-1)).toMatchObject({
    state: "rejected",
    comment: expect.stringMatching(/^❌ mlops-bot: 1 gate is failing for ccccccc/),
  });
});
