import { expect, test } from "vitest";
import { REPO, setupRollout } from "./rollout-world.js";

const SHA = "a".repeat(40);
const FORK_SHA = "f".repeat(40);

/**
 * A command whose delivery fails (the app rethrows GitHub's error so the delivery is marked
 * failed): its reactions, the bot's last reply on the thread and the delivery id.
 */
async function sayFailing(
  world: Awaited<ReturnType<typeof setupRollout>>,
  number: number,
  body: string,
) {
  const { sim } = world;
  await expect(world.say(number, "alice", body)).rejects.toThrow();
  await sim.settle();
  const thread = sim.issue(REPO, number)?.comments ?? [];
  const mine = thread.findLast((c) => c.user === "alice" && c.body === body);
  const reply = thread.filter((c) => c.user === sim.botLogin).at(-1);
  const asked = (d: { payload: Record<string, unknown> }) =>
    (d.payload.comment as { id?: number } | undefined)?.id === mine?.id;
  const deliveryId = sim.deliveries.findLast((d) => d.name === "issue_comment" && asked(d))?.id;
  return {
    reactions: mine?.reactions ?? [],
    reply: reply?.body ?? "",
    deliveryId: deliveryId ?? "",
  };
}

test("a fork's PR: /promote refused with the fix unless rollout.allow_forks; /rollback never held", async () => {
  const world = await setupRollout({ config: "rollout:\n  require: []\n" });
  const { sim } = world;
  sim.addUser("mallory");
  sim.addRepo("mallory/models");
  sim.setPermission(REPO, "alice", "write");
  const { issue } = await world.release("2.4.0", SHA);
  const fork = await sim.openPullRequest({
    repo: REPO,
    title: "Release 2.4.0 from a fork",
    body: `Closes #${issue}`,
    head: "release",
    headRepo: "mallory/models",
    sha: FORK_SHA,
    user: "alice",
  });
  await sim.settle();

  const refused = await world.say(fork.number, "alice", "/promote 5%");
  expect(refused.reactions).toEqual(["eyes", "-1"]);
  expect(refused.reply).toContain(
    `PR #${fork.number} comes from the fork mallory/models, and \`rollout.allow_forks\` is off. The deploy workflow would run the fork's code with the secrets of the production environment.`,
  );
  expect(refused.reply).toContain("a maintainer pushes the branch to acme/models");
  expect(world.deployments()).toEqual([]);

  sim.setFile(REPO, ".github/mlops.yml", "rollout:\n  require: []\n  allow_forks: true\n");
  const promoted = await world.say(fork.number, "alice", "/promote 5%");
  expect(promoted.reactions).toEqual(["eyes", "rocket"]);
  expect(world.deployments()).toHaveLength(1);

  // Forks turned off again mid-rollout: rolling back is still allowed, and promoting is not.
  sim.setFile(REPO, ".github/mlops.yml", "rollout:\n  require: []\n");
  expect((await world.say(fork.number, "alice", "/promote 25%")).reactions).toEqual(["eyes", "-1"]);
  const rolledBack = await world.say(fork.number, "alice", "/rollback fork code");
  expect(rolledBack.reactions).toEqual(["eyes", "rocket"]);
  expect(world.deployments().at(-1)?.payload).toMatchObject({ rollout: 0, version: "2.4.0" });
  expect(sim.failedDeliveries).toEqual([]);
});

test("a status write that fails: the reply names the deployment; retyping the command finishes it", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { pr, issue } = await world.release("2.4.0", SHA);
  sim.injectFault({ method: "POST", path: /\/deployments\/\d+\/statuses$/, status: 500 });

  const first = await sayFailing(world, pr, "/promote 5%");

  const [made] = world.deployments();
  expect(first.reactions).toEqual(["eyes", "-1"]);
  expect(first.reply).toContain(`after deployment ${made?.id} was created:`);
  expect(first.reply).toContain(
    `Deployment ${made?.id} exists: fraud-detector v2.4.0 to 5% of the traffic in production.`,
  );
  expect(first.reply).toContain("Type the command again to finish it");
  expect(made?.statuses).toEqual([]);
  expect(sim.failedDeliveries).toHaveLength(1);
  const card = () => sim.board("acme", 1)?.items.find((i) => i.number === issue)?.values;
  expect(card()?.["Rollout %"] ?? null).toBeNull();

  const again = await world.say(pr, "alice", "/promote 5%");

  expect(again.reactions).toEqual(["eyes", "rocket"]);
  expect(again.reply).toContain("now gets 5% of the traffic");
  expect(world.deployments()).toHaveLength(1);
  expect(world.deployments()[0]?.statuses.map((s) => s.state)).toEqual(["in_progress"]);
  expect(card()).toMatchObject({ "Rollout %": 5 });
  expect(sim.issue(REPO, issue)?.body).toContain("- [x] 5% traffic");
});

test("a redelivered /rollback whose first delivery died before its in_progress status sets it", async () => {
  const world = await setupRollout();
  const { sim, clock } = world;
  const { pr, issue } = await world.release("2.4.0", SHA);
  await world.say(pr, "alice", "/promote 25%");
  clock.advance(60_000);
  const canary = world.deployments()[0];
  sim.injectFault({
    method: "POST",
    path: new RegExp(`/deployments/(?!${canary?.id})\\d+/statuses$`),
    status: 502,
  });

  const first = await sayFailing(world, pr, "/rollback latency");
  const rollback = world.deployments().at(-1);
  expect(rollback?.payload).toMatchObject({ rollout: 0 });
  expect(rollback?.statuses).toEqual([]);
  expect(first.reply).toContain(`after deployment ${rollback?.id} was created`);
  expect(first.reply).toContain("the rollback of fraud-detector v2.4.0 in production");

  await sim.redeliver(first.deliveryId);
  await sim.settle();

  expect(world.deployments()).toHaveLength(2);
  const states = (id: number | undefined) =>
    world
      .deployments()
      .find((d) => d.id === id)
      ?.statuses.map((s) => s.state);
  expect(states(rollback?.id)).toEqual(["in_progress"]);
  expect(states(canary?.id)).toEqual(["in_progress", "inactive"]);
  const reply = sim
    .issue(REPO, pr)
    ?.comments.filter((c) => c.user === sim.botLogin)
    .at(-1);
  expect(reply?.body).toContain("is rolled back in production");
  expect(sim.issue(REPO, issue)?.body).toContain("- [ ] 25% traffic");
});

test("a step jumped over shows as skipped, not ticked, on the card", async () => {
  const world = await setupRollout();
  const { sim, clock } = world;
  const { pr, issue } = await world.release("2.4.0", SHA);
  await world.say(pr, "alice", "/promote 25%");
  clock.advance(60_000);
  await world.say(pr, "alice", "/promote 100%");
  const rollout = (sim.issue(REPO, issue)?.body ?? "")
    .split("\n")
    .filter((line) => line.endsWith("traffic") || line.endsWith("(skipped)"));
  expect(rollout).toEqual([
    "- [ ] 5% traffic (skipped)",
    "- [x] 25% traffic",
    "- [ ] 50% traffic (skipped)",
    "- [x] 100% traffic",
  ]);
  expect(sim.failedDeliveries).toEqual([]);
});

test("/mlops live --env <15,000 characters> gets a short reply GitHub accepts", async () => {
  const world = await setupRollout();
  const { pr } = await world.release("2.4.0", SHA);
  const said = await world.say(pr, "carol", `/mlops live --env ${"e".repeat(15_000)}`);
  expect(said.reactions).toEqual(["eyes", "-1"]);
  expect(said.reply?.length).toBeLessThan(1_000);
  expect(said.reply).toContain("GitHub environment names have at most 255");
  expect(world.sim.failedDeliveries).toEqual([]);
});
