import { expect, test } from "vitest";
import { REPO, setupRollout } from "./rollout-world.js";

const SHA = "a".repeat(40);

async function refused(
  world: Awaited<ReturnType<typeof setupRollout>>,
  number: number,
  user: string,
  body: string,
) {
  const before = world.deployments().length;
  world.sim.resetRequests();
  const said = await world.say(number, user, body);
  expect(said.reactions, body).toEqual(["eyes", "-1"]);
  expect(world.deployments(), body).toHaveLength(before);
  // The evaluation metrics are read only for a step being made: a refusal downloads nothing.
  const actions = world.sim.requests.filter((r) => r.path.includes("/actions/"));
  expect(actions, body).toEqual([]);
  expect(world.sim.failedDeliveries).toEqual([]);
  return said.reply ?? "";
}

test("refusals name the reason and the fix; nothing is deployed", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { pr } = await world.release("2.4.0", SHA);
  expect(await refused(world, pr, "carol", "/promote 5%")).toContain("carol has the read role");
  // Permission is asked before anything else is read.
  expect(sim.requests.some((r) => r.path.includes("/deployments") || r.graphql)).toBe(false);
  expect(await refused(world, pr, "alice", "/promote 30%")).toContain(
    "30% is not a configured step",
  );
  expect(await refused(world, pr, "alice", "/promote 0%")).toContain("use /rollback");
  expect(await refused(world, pr, "alice", "/rollback")).toContain(
    "No rollout of fraud-detector is in progress",
  );
  await world.say(pr, "alice", "/promote 25%");
  expect(await refused(world, pr, "alice", "/promote 5%")).toContain("is at 25%, above 5%");
  expect(await refused(world, pr, "alice", "/promote 25%")).toContain("already at 25%");
  await world.setGates(SHA, "failure");
  expect(await refused(world, pr, "alice", "/promote 50%")).toContain(
    "Gates failing on aaaaaaa: checklist",
  );
});

test("a closed PR, a PR closing no deployment issue and an issue with no open PR are refused", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { pr, issue } = await world.release("2.4.0", SHA);
  const bare = await sim.openPullRequest({
    repo: REPO,
    title: "Tweak",
    head: "tweak",
    sha: "c".repeat(40),
    user: "alice",
  });
  await world.setGates("c".repeat(40), "success");
  expect(await refused(world, bare.number, "alice", "/promote 5%")).toContain(
    "closes no ml-deployment issue",
  );
  await sim.closeIssue({ repo: REPO, number: pr, user: "alice" });
  expect(await refused(world, pr, "alice", "/promote 5%")).toContain(`PR \\#${pr} is closed`);
  expect(await refused(world, issue, "alice", "/promote 5%")).toContain(
    `No open PR closes \\#${issue}`,
  );
});

test("commands in code, quotes, edited comments, bots and unknown commands get no reaction", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { pr } = await world.release("2.4.0", SHA);
  for (const body of [
    "```\n/promote 5%\n```",
    "> /promote 5%",
    "Use `/promote 5%` later",
    "/deploy now",
    "please /promote 5%",
  ]) {
    const said = await world.say(pr, "alice", body);
    expect(said.reactions, body).toEqual([]);
    expect(said.reply, body).toBeNull();
  }
  sim.addLabel(REPO, "x");
  const bot = await sim.comment({
    repo: REPO,
    number: pr,
    user: "github-actions[bot]",
    body: "/promote 5%",
  });
  const { commentId } = await sim.comment({ repo: REPO, number: pr, user: "alice", body: "notes" });
  const delivered = sim.deliveries.find(
    (d) => (d.payload.comment as { id?: number } | undefined)?.id === commentId,
  );
  const payload = structuredClone(delivered?.payload ?? {});
  Object.assign(payload, { action: "edited", changes: { body: { from: "notes" } } });
  (payload.comment as { body: string }).body = "/promote 5%";
  await sim.deliver("issue_comment", payload);
  expect(sim.issue(REPO, pr)?.comments.find((c) => c.id === bot.commentId)?.reactions).toEqual([]);
  expect(world.deployments()).toHaveLength(0);
  expect(sim.issue(REPO, pr)?.comments.filter((c) => c.user === sim.botLogin)).toEqual([]);
});

test("a bad argument is refused with the fix; /mlops help lists the commands", async () => {
  const world = await setupRollout();
  const { pr } = await world.release("2.4.0", SHA);
  expect(await refused(world, pr, "alice", "/promote soon")).toContain(
    '"soon" is not a percentage',
  );
  const help = await world.say(pr, "carol", "/mlops help");
  expect(help.reactions).toEqual(["eyes", "rocket"]);
  expect(help.reply).toContain("| `/rollback [reason]` |");
  expect(help.reply).toContain("5% → 25% → 50% → 100%");
});
