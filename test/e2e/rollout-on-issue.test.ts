import { expect, test } from "vitest";
import { REPO, setupRollout } from "./rollout-world.js";

const SHA = "a".repeat(40);

test("/status and /rollback typed on the ml-deployment issue act on the PR that closes it", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { issue, pr } = await world.release("2.4.0", SHA);
  await world.say(pr, "alice", "/promote 5%");

  const status = await world.say(issue, "carol", "/status");
  expect(status.reactions).toEqual(["eyes", "rocket"]);
  expect(status.reply).toContain("### Rollout of fraud-detector v2.4.0 in production");
  expect(status.reply).toContain("**Step:** 5% of the traffic");

  const said = await world.say(issue, "alice", "/rollback error rate up");
  expect(said.reactions).toEqual(["eyes", "rocket"]);
  expect(world.deployments().at(-1)?.payload).toMatchObject({
    version: "2.4.0",
    rollout: 0,
    pull_request: pr,
    reason: "error rate up",
    comment_id: said.commentId,
  });
  // The issue gets a short pointer; the full reply goes on the PR, where the rollout is.
  expect(said.reply).toContain("v2.4.0 is rolled back");
  expect(said.reply).toContain(`The details are on PR #${pr}`);
  const onPull = sim.issue(REPO, pr)?.comments.at(-1)?.body ?? "";
  expect(onPull).toContain("> /rollback error rate up");
  expect(onPull).toContain("**Reason:** error rate up");
  expect(sim.issue(REPO, issue)?.body).toContain("- [ ] 5% traffic");
  expect(sim.failedDeliveries).toEqual([]);
});

test("/rollback needs the promoter role too: refused, nothing deployed or marked inactive", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { pr } = await world.release("2.4.0", SHA);
  await world.say(pr, "alice", "/promote 5%");
  const said = await world.say(pr, "carol", "/rollback I think it is slow");
  expect(said.reactions).toEqual(["eyes", "-1"]);
  expect(said.reply).toContain("carol has the read role on acme/models");
  expect(said.reply).toContain("needs write or higher (rollout.promoters)");
  expect(world.deployments()).toHaveLength(1);
  expect(world.deployments()[0]?.statuses.map((s) => s.state)).toEqual(["in_progress"]);
  expect(sim.failedDeliveries).toEqual([]);
});

test("a command on an issue that is neither a PR nor an ml-deployment issue is not ours", async () => {
  const world = await setupRollout();
  const { sim } = world;
  await world.release("2.4.0", SHA);
  const plain = await sim.openIssue({ repo: REPO, title: "Question", body: "Hi", user: "alice" });
  const said = await world.say(plain.number, "alice", "/promote 5%");
  expect(said.reactions).toEqual([]);
  expect(said.reply).toBeNull();
  expect(world.deployments()).toHaveLength(0);
});
