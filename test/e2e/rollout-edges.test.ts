import { expect, test } from "vitest";
import { REPO, setupRollout } from "./rollout-world.js";

const SHA = "a".repeat(40);

test("a failed step re-run to success: the card follows the deploy job both times", async () => {
  const world = await setupRollout();
  const { sim, clock } = world;
  const { pr, issue } = await world.release("2.4.0", SHA);
  await world.say(pr, "alice", "/promote 5%");
  await world.say(pr, "alice", "/promote 25%");
  const step = world.deployments().at(-1)?.id ?? 0;
  const report = async (state: "failure" | "success") => {
    clock.advance(60_000);
    await sim.setDeploymentStatus({ repo: REPO, deploymentId: step, state, autoInactive: false });
    await sim.settle();
    return sim.board("acme", 1)?.items.find((i) => i.number === issue)?.values;
  };
  expect(await report("failure")).toMatchObject({ "Rollout %": 5 });
  expect(sim.issue(REPO, issue)?.body).toContain("- [ ] 25% traffic");
  expect(await report("success")).toMatchObject({ "Rollout %": 25, Status: "Deployment" });
  expect(sim.issue(REPO, issue)?.body).toContain("- [x] 25% traffic");
  // One failure reply; the success adds none.
  const replies = sim.issue(REPO, pr)?.comments.filter((c) => c.body.includes("deploy job")) ?? [];
  expect(replies).toHaveLength(1);
  expect(sim.failedDeliveries).toEqual([]);
});

test("a refused command redelivered gets no second reply and still nothing is deployed", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { pr } = await world.release("2.4.0", SHA);
  const said = await world.say(pr, "alice", "/promote 30%");
  expect(said.reactions).toEqual(["eyes", "-1"]);
  await sim.redeliver(said.deliveryId);
  await sim.settle();
  const replies = sim.issue(REPO, pr)?.comments.filter((c) => c.user === sim.botLogin) ?? [];
  expect(replies).toHaveLength(1);
  expect(world.deployments()).toHaveLength(0);
});

test("another version's rollout in progress: the second release is refused until it ends", async () => {
  const world = await setupRollout();
  const first = await world.release("2.4.0", SHA);
  await world.say(first.pr, "alice", "/promote 5%");
  const second = await world.release("2.5.0", "b".repeat(40));
  const said = await world.say(second.pr, "alice", "/promote 5%");
  expect(said.reactions).toEqual(["eyes", "-1"]);
  expect(said.reply).toContain(`fraud-detector 2.4.0 is at 5% from PR \\#${first.pr}`);
  expect(world.deployments()).toHaveLength(1);
  await world.say(first.pr, "alice", "/rollback not now");
  const again = await world.say(second.pr, "alice", "/promote 5%");
  expect(again.reactions).toEqual(["eyes", "rocket"]);
});

test("custom steps: /promote takes the next configured one; /promote 100% when done is refused", async () => {
  const world = await setupRollout({ config: "rollout:\n  steps: [10, 100]\n" });
  const { pr } = await world.release("2.4.0", SHA);
  expect((await world.say(pr, "alice", "/promote")).reply).toContain("now gets 10% of the traffic");
  expect((await world.say(pr, "alice", "/promote 25%")).reply).toContain(
    "25% is not a configured step (steps: 10%, 100%)",
  );
  expect((await world.say(pr, "alice", "/promote")).reply).toContain("The rollout is complete");
  const done = await world.say(pr, "alice", "/promote 100%");
  expect(done.reactions).toEqual(["eyes", "-1"]);
  expect(done.reply).toContain("already serves all traffic in production");
  expect(world.deployments().map((d) => (d.payload as { rollout: number }).rollout)).toEqual([
    10, 100,
  ]);
});

test("an invalid .github/mlops.yml: the command gets the config error and 👎, nothing else", async () => {
  const world = await setupRollout({ config: "rollout:\n  steps: five\n" });
  const { sim } = world;
  const { pr } = await world.release("2.4.0", SHA);
  const said = await world.say(pr, "alice", "/promote 5%");
  expect(said.reactions).toEqual(["eyes", "-1"]);
  expect(said.reply).toContain("mlops-bot cannot use its configuration");
  expect(said.reply).toContain("rollout.steps");
  expect(world.deployments()).toHaveLength(0);
  expect(sim.failedDeliveries).toEqual([]);
});
