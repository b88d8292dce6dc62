import { expect, test } from "vitest";
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { testPrivateKey } from "../helpers/probot.js";
import { REPO, rolloutApp, setupRollout } from "./rollout-world.js";

const SHA = "a".repeat(40);
const SHA2 = "b".repeat(40);

/** 2.4.0 at 100%, then 2.5.0 at 5% and 25%, each step reported successful an hour apart. */
async function twoReleases() {
  const world = await setupRollout();
  const { sim, clock } = world;
  const first = await world.release("2.4.0", SHA);
  await world.say(first.pr, "alice", "/promote 100%");
  const second = await world.release("2.5.0", SHA2);
  const times: string[] = [];
  for (const step of ["/promote 5%", "/promote 25%"]) {
    clock.advance(3_600_000);
    await world.say(second.pr, "alice", step);
    const latest = world.deployments().at(-1);
    await sim.setDeploymentStatus({
      repo: REPO,
      deploymentId: latest?.id ?? 0,
      state: "success",
      autoInactive: false,
    });
    times.push(clock.now().toISOString());
  }
  clock.advance(3_600_000);
  return { ...world, first, second, times };
}

test("/rollback sends traffic back: rollout 0, canary steps inactive, card unticked, reason recorded", async () => {
  const world = await twoReleases();
  const { sim } = world;
  const said = await world.say(world.second.pr, "alice", "/rollback latency regression");
  expect(said.reactions).toEqual(["eyes", "rocket"]);
  expect(said.reply).toContain("fraud-detector v2.5.0 is rolled back in production");
  expect(said.reply).toContain("v2.4.0 takes all the traffic again");
  expect(said.reply).toContain("latency regression");
  const [five, twentyFive, rollback] = world.deployments().slice(-3);
  expect(rollback?.payload).toMatchObject({
    version: "2.5.0",
    rollout: 0,
    stable_version: "2.4.0",
    reason: "latency regression",
    comment_id: said.commentId,
  });
  expect(rollback?.sha).toBe(SHA2);
  expect(five?.statuses.at(-1)?.state).toBe("inactive");
  expect(twentyFive?.statuses.at(-1)?.state).toBe("inactive");
  const body = sim.issue(REPO, world.second.issue)?.body ?? "";
  expect(body).toContain("- [ ] 5% traffic");
  expect(body).toContain("- [ ] 25% traffic");
  const card = sim.board("acme", 1)?.items.find((i) => i.number === world.second.issue);
  expect(card?.values).toMatchObject({ Status: "Deployment", "Rollout %": 0 });

  sim.resetRequests();
  await sim.redeliver(said.deliveryId);
  expect(world.deployments()).toHaveLength(4);
  expect(sim.requests.filter((r) => r.path.includes("/statuses") && r.method === "POST")).toEqual(
    [],
  );
  expect(await world.say(world.second.pr, "alice", "/rollback again")).toMatchObject({
    reactions: ["eyes", "-1"],
  });
});

test("/status and /mlops live --at answer from the deployments", async () => {
  const world = await twoReleases();
  const status = await world.say(world.second.pr, "carol", "/status");
  expect(status.reactions).toEqual(["eyes", "rocket"]);
  expect(status.reply).toContain("**Step:** 25% of the traffic");
  expect(status.reply).toContain("| checklist | ✅");
  expect(status.reply).toMatch(/\| production \| fraud-detector \| v2\.4\.0 \| 75% \|/);
  expect(status.reply).toMatch(/\| production \| fraud-detector \| v2\.5\.0 \| 25% \|/);
  const between = new Date(Date.parse(world.times[0] ?? "") + 60_000).toISOString().slice(0, 16);
  const live = await world.say(
    world.second.pr,
    "bob",
    `/mlops live --at ${between.replace("T", " ")}`,
  );
  expect(live.reactions).toEqual(["eyes", "rocket"]);
  expect(live.reply).toContain("read as UTC");
  expect(live.reply).toMatch(/\| fraud-detector \| v2\.4\.0 \| 95% \|/);
  expect(live.reply).toMatch(/\| fraud-detector \| v2\.5\.0 \| 5% \|/);
  const before = await world.say(world.second.pr, "bob", "/mlops live --at 2020-01-01T00:00Z");
  expect(before.reply).toContain("Nothing that mlops-bot deployed served production");
});

test("a failed deploy job: the card goes back to the step that holds and the PR gets the log link", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { pr, issue } = await world.release("2.4.0", SHA);
  await world.say(pr, "alice", "/promote 5%");
  await world.say(pr, "alice", "/promote 25%");
  const latest = world.deployments().at(-1);
  await sim.setDeploymentStatus({
    repo: REPO,
    deploymentId: latest?.id ?? 0,
    state: "failure",
    logUrl: "https://github.com/acme/models/actions/runs/9",
    autoInactive: false,
  });
  await sim.settle();
  const reply = sim.issue(REPO, pr)?.comments.at(-1)?.body ?? "";
  expect(reply).toContain("The deploy job reported failure for fraud-detector v2.4.0 at 25%");
  expect(reply).toContain("[Read the deploy log](https://github.com/acme/models/actions/runs/9)");
  expect(reply).toContain("v2.4.0 has 5%");
  expect(sim.issue(REPO, issue)?.body).toContain("- [ ] 25% traffic");
  expect(sim.board("acme", 1)?.items[0]?.values).toMatchObject({ "Rollout %": 5 });
  expect(sim.failedDeliveries).toEqual([]);
});

test("two /promote at the same moment on two replicas make one deployment", async () => {
  const world = await setupRollout();
  const { sim } = world;
  const { pr } = await world.release("2.4.0", SHA);
  sim.disconnect();
  const a = await sim.comment({ repo: REPO, number: pr, user: "alice", body: "/promote 5%" });
  const b = await sim.comment({ repo: REPO, number: pr, user: "alice", body: "/promote 5%" });
  // Hold each replica's POST /deployments until both have read the history: the worst interleaving.
  let reads = 0;
  let release: () => void = () => undefined;
  const bothRead = new Promise<void>((resolve) => (release = resolve));
  const barrier: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (
      request.method === "GET" &&
      url.pathname.endsWith("/deployments") &&
      url.searchParams.has("environment") &&
      ++reads === 2
    )
      release();
    if (request.method === "POST" && url.pathname.endsWith("/deployments")) await bothRead;
    return sim.fetch(input, init);
  };
  const replicas = [replica(barrier), replica(barrier)];
  for (const r of replicas) await r.load(rolloutApp);
  const delivery = (id: number) => {
    const found = sim.deliveries.find(
      (d) => (d.payload.comment as { id?: number } | undefined)?.id === id,
    );
    return {
      id: found?.id ?? "",
      name: "issue_comment",
      payload: structuredClone(found?.payload ?? {}),
    } as never;
  };
  await Promise.all([
    replicas[0]?.receive(delivery(a.commentId)),
    replicas[1]?.receive(delivery(b.commentId)),
  ]);
  // Both read an empty history and created; the lower id won, the other marked itself error.
  expect(world.deployments().map((d) => d.statuses.at(-1)?.state)).toEqual([
    "in_progress",
    "error",
  ]);
  const reactions = [a, b].map((c) =>
    sim
      .issue(REPO, pr)
      ?.comments.find((x) => x.id === c.commentId)
      ?.reactions.at(-1),
  );
  // Which replica reaches POST /deployments first is the scheduler's choice: one wins, one refuses.
  expect([...reactions].sort()).toEqual(["-1", "rocket"]);
  const replies =
    sim
      .issue(REPO, pr)
      ?.comments.filter((c) => c.user === sim.botLogin)
      .map((c) => c.body) ?? [];
  expect(replies.join("\n")).toContain("at the same moment by another command");
});

function replica(fetch: typeof globalThis.fetch): Probot {
  return new Probot({
    appId: 1,
    privateKey: testPrivateKey(),
    log: pino({ level: "silent" }),
    request: { fetch },
    Octokit: ProbotOctokit.defaults((o: Record<string, unknown>) => ({
      ...o,
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
  });
}

test("two /promote at the same moment in one process make one deployment", async () => {
  const world = await setupRollout();
  const { pr } = await world.release("2.4.0", SHA);
  await Promise.all([world.say(pr, "alice", "/promote 5%"), world.say(pr, "alice", "/promote 5%")]);
  expect(world.deployments()).toHaveLength(1);
});
