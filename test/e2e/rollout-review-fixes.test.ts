import { expect, test } from "vitest";
import { REPO, setupRollout } from "./rollout-world.js";

const SHA = "a".repeat(40);

test("a /promote redelivered after its PR was closed and its gates failed keeps its 🚀 reply", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { pr } = await world.release("2.4.0", SHA);
  const said = await world.say(pr, "alice", "/promote 5%");
  expect(said.reply).toContain("now gets 5% of the traffic");
  await world.setGates(SHA, "failure");
  await sim.closeIssue({ repo: REPO, number: pr, user: "alice" });
  await sim.settle();

  await sim.redeliver(said.deliveryId);
  await sim.settle();

  const replies = sim.issue(REPO, pr)?.comments.filter((c) => c.user === sim.botLogin) ?? [];
  expect(replies.map((c) => c.body)).toEqual([said.reply]);
  expect(world.deployments()).toHaveLength(1);
  expect(world.deployments()[0]?.statuses.map((s) => s.state)).toEqual(["in_progress"]);
  expect(sim.failedDeliveries).toEqual([]);
});

test("a 100% step whose deploy job failed moves the card back from Monitoring to Deployment", async () => {
  const world = await setupRollout();
  const { sim, clock } = world;
  const { pr, issue } = await world.release("2.4.0", SHA);
  for (const command of ["/promote 5%", "/promote 50%", "/promote 100%"]) {
    await world.say(pr, "alice", command);
    clock.advance(60_000);
  }
  const card = () => sim.board("acme", 1)?.items.find((i) => i.number === issue)?.values;
  expect(card()).toMatchObject({ Status: "Monitoring", "Rollout %": 100 });
  const last = world.deployments().at(-1)?.id ?? 0;
  await sim.setDeploymentStatus({ repo: REPO, deploymentId: last, state: "failure" });
  await sim.settle();
  expect(card()).toMatchObject({ Status: "Deployment", "Rollout %": 50 });
  expect(sim.issue(REPO, issue)?.body).toContain("- [ ] 100% traffic");
  expect(sim.failedDeliveries).toEqual([]);
});

test("a rollback whose deploy job failed asks for /rollback again, never /promote 0%", async () => {
  const world = await setupRollout();
  const { sim, clock } = world;
  const { pr } = await world.release("2.4.0", SHA);
  await world.say(pr, "alice", "/promote 25%");
  clock.advance(60_000);
  await world.say(pr, "alice", "/rollback error rate up");
  const rollback = world.deployments().at(-1);
  expect(rollback?.payload).toMatchObject({ rollout: 0 });
  clock.advance(60_000);
  await sim.setDeploymentStatus({
    repo: REPO,
    deploymentId: rollback?.id ?? 0,
    state: "failure",
    logUrl: "https://ci.example/run/1) [Approve](https://evil.example",
  });
  await sim.settle();
  const reply = sim.issue(REPO, pr)?.comments.at(-1)?.body ?? "";
  expect(reply).toContain(
    `for the rollback of fraud-detector v2.4.0** (deployment ${rollback?.id})`,
  );
  expect(reply).toContain(
    "Traffic did not move back: v2.4.0 still has 25%. [Read the deploy log](https://ci.example/run/1%29%20[Approve]%28https://evil.example), fix the cause, then type `/rollback` again.",
  );
  expect(reply).not.toContain("/promote 0%");
  expect(sim.failedDeliveries).toEqual([]);
});

test("a command on an issue labelled ML-Deployment, in another case than the config's, is answered", async () => {
  const world = await setupRollout();
  const opened = await world.sim.openIssue({
    repo: REPO,
    title: "Ship 2.4.0",
    body: "### Model\n\nfraud-detector\n\n### Version\n\n2.4.0",
    labels: ["ML-Deployment"],
    user: "alice",
  });
  const said = await world.say(opened.number, "carol", "/mlops help");
  expect(said.reactions).toEqual(["eyes", "rocket"]);
  expect(said.reply).toContain("/promote");
});
