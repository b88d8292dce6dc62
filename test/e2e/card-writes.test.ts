import { expect, test } from "vitest";
import {
  HEAD_SHA,
  REPO as EVALUATION_REPO,
  metricsArtifact,
  setupEvaluation,
} from "../handlers/evaluation/evaluation-fixtures.js";
import { REPO, setupRollout } from "./rollout-world.js";

type Sim = Awaited<ReturnType<typeof setupRollout>>["sim"];

const mutations = (sim: Sim) =>
  sim.requests.flatMap((r) => (r.graphql?.operation === "mutation" ? [r.graphql.name] : []));

test("a redelivered success status of a deploy job makes no GraphQL mutation", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { issue, pr } = await world.release("2.4.0", "a".repeat(40));
  await world.say(pr, "alice", "/promote 5%");
  const [deployment] = world.deployments();
  sim.resetRequests();
  const [deliveryId] = await sim.setDeploymentStatus({
    repo: REPO,
    deploymentId: deployment?.id ?? 0,
    state: "success",
    autoInactive: false,
  });
  await sim.settle();
  // The /promote already showed 5% on the board: the status confirms it, and writes nothing.
  expect(sim.requests.some((r) => r.graphql?.name === "FindCardItem")).toBe(true);
  expect(mutations(sim)).toEqual([]);

  sim.resetRequests();
  await sim.redeliver(deliveryId ?? "");
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.requests.some((r) => r.graphql?.name === "FindCardItem")).toBe(true);
  expect(mutations(sim)).toEqual([]);
  const card = sim.board("acme", 1)?.items.find((i) => i.number === issue);
  expect(card?.values).toMatchObject({ Status: "Deployment", "Rollout %": 5 });
  expect(sim.unhandled).toEqual([]);
});

test("a second identical metrics post makes no GraphQL mutation", async () => {
  const { sim, experiment } = await setupEvaluation();
  const run = {
    repo: EVALUATION_REPO,
    headSha: HEAD_SHA,
    headBranch: "release-2.4",
    conclusion: "success" as const,
    artifacts: [metricsArtifact()],
  };
  await sim.completeWorkflowRun(run);
  expect(mutations(sim)).toEqual(["SetCardValues"]);
  sim.resetRequests();
  await sim.completeWorkflowRun(run);
  expect(sim.failedDeliveries).toEqual([]);
  // The second run is a new run: its Results name it, so the card body is rewritten and the
  // board is read, but the board already shows these values.
  expect(sim.requests.some((r) => r.graphql?.name === "FindCardItem")).toBe(true);
  expect(mutations(sim)).toEqual([]);
  expect(sim.board("acme", 1)?.items.find((i) => i.number === experiment)?.values).toMatchObject({
    Status: "Evaluation",
    "Primary metric": 0.931,
    Version: "2.4.0",
  });
  expect(sim.unhandled).toEqual([]);
});
