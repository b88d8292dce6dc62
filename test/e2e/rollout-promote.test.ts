import { expect, test } from "vitest";
import { REPO, setupRollout } from "./rollout-world.js";

const SHA = "a".repeat(40);

test("/promote 5% creates the deployment as the contract says, ticks the card and replies", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { issue, pr } = await world.release("2.4.0", SHA);
  sim.resetRequests();
  const said = await world.say(pr, "alice", "/promote 5%");
  expect(sim.failedDeliveries).toEqual([]);
  expect(said.reactions).toEqual(["eyes", "rocket"]);
  expect(said.reply).toContain("fraud-detector v2.4.0 now gets 5% of the traffic in production");
  expect(said.reply).toContain("/promote 25%");
  const [deployment] = world.deployments();
  expect(deployment).toMatchObject({
    sha: SHA,
    ref: SHA,
    environment: "production",
    task: "deploy",
    productionEnvironment: true,
    payload: {
      model: "fraud-detector",
      version: "2.4.0",
      rollout: 5,
      stable_version: null,
      metrics: { accuracy: 0.93, f1: 0.88 },
      pull_request: pr,
      comment_id: said.commentId,
    },
  });
  expect(deployment?.statuses.map((s) => s.state)).toEqual(["in_progress"]);
  const body = sim.issue(REPO, issue)?.body ?? "";
  expect(body).toContain("- [x] 5% traffic");
  expect(body).toContain("- [ ] 25% traffic");
  const card = sim.board("acme", 1)?.items.find((i) => i.number === issue);
  expect(card?.values).toMatchObject({ Status: "Deployment", "Rollout %": 5 });
  expect(sim.unhandled).toEqual([]);
  // Config 2, reactions 2, permission 1, PR + closing issues 1, gates 2, evaluation 4 (runs,
  // artifacts, download, storage), history 1 (+1 per deployment), create + race check + status 3,
  // card body 2 (re-read, write), board 3, reply 2; plus GET /app once per process.
  const requests = sim.requests.filter((r) => !/\/access_tokens$|^\/app$/.test(r.path));
  expect(requests).toHaveLength(23);
});

test("5% → 25% → /promote (next) → 100% moves the card to Monitoring; the stable version is recorded", async () => {
  const world = await setupRollout();
  const { sim, clock } = world;
  const first = await world.release("2.4.0", SHA);
  for (const command of ["/promote 5%", "/promote 25", "/promote", "/promote 100%"]) {
    const said = await world.say(first.pr, "alice", command);
    expect(said.reactions, command).toEqual(["eyes", "rocket"]);
    const latest = world.deployments().at(-1);
    await sim.setDeploymentStatus({
      repo: REPO,
      deploymentId: latest?.id ?? 0,
      state: "success",
      autoInactive: false,
    });
    clock.advance(3_600_000);
  }
  expect(world.deployments().map((d) => (d.payload as { rollout: number }).rollout)).toEqual([
    5, 25, 50, 100,
  ]);
  const card = sim.board("acme", 1)?.items.find((i) => i.number === first.issue);
  expect(card?.values).toMatchObject({ Status: "Monitoring", "Rollout %": 100 });
  expect(sim.issue(REPO, first.issue)?.body).toContain("- [x] 100% traffic");
  const last = sim.issue(REPO, first.pr)?.comments.at(-1)?.body ?? "";
  expect(last).toContain("The rollout is complete");

  const second = await world.release("2.5.0", "b".repeat(40));
  await world.say(second.pr, "alice", "/promote 5%");
  expect(world.deployments().at(-1)?.payload).toMatchObject({
    version: "2.5.0",
    rollout: 5,
    stable_version: "2.4.0",
  });
  expect(sim.failedDeliveries).toEqual([]);
});

test("a command typed on the deployment issue acts on the open PR that closes it", async () => {
  const world = await setupRollout();
  const { issue, pr } = await world.release("2.4.0", SHA);
  const said = await world.say(issue, "alice", "/promote 5%");
  expect(said.reactions).toEqual(["eyes", "rocket"]);
  expect(world.deployments()[0]?.payload).toMatchObject({ pull_request: pr, rollout: 5 });
  expect(said.reply).toContain("now gets 5% of the traffic");
});

test("a redelivered /promote creates nothing and writes nothing new", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { pr } = await world.release("2.4.0", SHA);
  const said = await world.say(pr, "alice", "/promote 5%");
  await world.say(pr, "alice", "/promote 25%");
  sim.resetRequests();
  await sim.redeliver(said.deliveryId);
  expect(world.deployments()).toHaveLength(2);
  const writes = sim.requests.filter(
    (r) => r.method !== "GET" && !r.graphql && !r.path.endsWith("/access_tokens"),
  );
  // Only the reactions, which GitHub answers 200 for as already there.
  expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
    `POST /repos/acme/models/issues/comments/${said.commentId}/reactions`,
    `POST /repos/acme/models/issues/comments/${said.commentId}/reactions`,
  ]);
  // The step exists: no evaluation run is listed and no artifact downloaded again.
  expect(sim.requests.filter((r) => r.path.includes("/actions/"))).toEqual([]);
  const replies = sim.issue(REPO, pr)?.comments.filter((c) => c.user === sim.botLogin) ?? [];
  expect(replies).toHaveLength(2);
  expect(sim.board("acme", 1)?.items[0]?.values).toMatchObject({ "Rollout %": 25 });
});
