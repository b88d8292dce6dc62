import { Probot, ProbotOctokit } from "probot";
import { expect, test } from "vitest";
import app from "../../src/index.js";
import {
  driftAlert,
  issuesLabelled,
  liveHistory,
  sendAlert,
  setupAlerts,
} from "../handlers/alerts/alert-fixtures.js";
import { testPrivateKey } from "../helpers/probot.js";

type Setup = Awaited<ReturnType<typeof setupAlerts>>;

/**
 * Two replicas of the app on one simulator, deliveries alternating between them. Each
 * replica's first look for `path` waits until the other made it too, so both look before
 * either writes: the race that two processes with their own locks can run into.
 */
async function twoRacingReplicas(setup: Setup, path: RegExp) {
  const waiting: Array<() => void> = [];
  const bothLooked = () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (waiting.length === 2) for (const go of waiting) go();
    });
  const replica = async () => {
    let looked = false;
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const answer = await setup.sim.fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!looked && (init?.method ?? "GET") === "GET" && path.test(url)) {
        looked = true;
        await bothLooked();
      }
      return answer;
    };
    const probot = new Probot({
      appId: 1,
      privateKey: testPrivateKey(),
      request: { fetch },
      Octokit: ProbotOctokit.defaults((o: Record<string, unknown>) => ({
        ...o,
        retry: { enabled: false },
        throttle: { enabled: false },
      })),
    });
    await probot.load(app);
    return probot;
  };
  const replicas = [await replica(), await replica()];
  let next = 0;
  setup.sim.connect(async (delivery) => {
    await replicas[next++ % 2]!.receive({
      id: delivery.id,
      name: delivery.name,
      payload: delivery.payload,
    } as Parameters<Probot["receive"]>[0]);
  });
}

/** The open and closed issues with a label, whose title names data drift. */
const drift = (setup: Setup, label: string) =>
  issuesLabelled(setup.sim, label).filter((i) => i.title.includes("data drift"));

test("two replicas open the same incident at the same moment: the newer is closed as its duplicate", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, 25);
  // The board exists already: setting up a new board from two replicas at once is the
  // board's own race, not the alert's.
  await sendAlert(setup.sim, { ...driftAlert, kind: "latency", metric: "p95_ms", threshold: 0.1 });
  await twoRacingReplicas(setup, /\/issues\?.*labels=ml-monitoring/);
  await Promise.all([
    sendAlert(setup.sim, driftAlert),
    sendAlert(setup.sim, { ...driftAlert, value: 0.33 }),
  ]);
  expect(setup.sim.failedDeliveries).toEqual([]);
  const [winner, loser, ...others] = issuesLabelled(setup.sim, "ml-monitoring").filter((i) =>
    i.title.includes("data drift"),
  );
  expect(others).toEqual([]);
  expect([winner?.state, loser?.state]).toEqual(["open", "closed"]);
  expect(loser?.comments.map((c) => c.body)).toEqual([
    `Duplicate of #${winner?.number}: another delivery of a data drift alert for fraud-detector opened #${winner?.number} at the same moment, so this issue is closed; follow #${winner?.number}.`,
  ]);
  const repeats = winner?.comments.filter((c) => c.body.includes("Alert again")) ?? [];
  expect(repeats).toHaveLength(1);
  const retraining = issuesLabelled(setup.sim, "ml-retraining");
  expect(retraining.filter((i) => i.state === "open")).toHaveLength(1);
  const rollbacks = [...setup.sim.store.deployments.values()].filter(
    (d) => (d.payload as { rollout: number }).rollout === 0,
  );
  expect(rollbacks).toHaveLength(1);
  // Only the incident that stands is on the board.
  expect(setup.sim.board("acme", 1)?.items.map((i) => i.number)).not.toContain(loser?.number);
});

test("two replicas open the same retraining issue at the same moment: the newer is closed, one link", async () => {
  const setup = await setupAlerts();
  await liveHistory(setup, null);
  await sendAlert(setup.sim, { ...driftAlert, kind: "latency", metric: "p95_ms", threshold: 0.1 });
  await twoRacingReplicas(setup, /\/issues\?.*labels=ml-retraining/);
  await Promise.all([
    sendAlert(setup.sim, driftAlert),
    sendAlert(setup.sim, { ...driftAlert, value: 0.33 }),
  ]);
  expect(setup.sim.failedDeliveries).toEqual([]);
  const incidents = drift(setup, "ml-monitoring");
  expect(incidents.map((i) => i.state)).toContain("open");
  const open = incidents.find((i) => i.state === "open");
  const retraining = drift(setup, "ml-retraining");
  expect(retraining.map((i) => i.state)).toEqual(["open", "closed"]);
  expect(retraining[1]?.comments.map((c) => c.body)).toEqual([
    expect.stringMatching(`^Duplicate of #${retraining[0]?.number}: `),
  ]);
  const links = open?.comments.filter((c) => c.body.includes("mlops-bot:incident-retraining"));
  expect(links?.map((c) => c.body)).toEqual([
    expect.stringContaining(`🔁 Retraining: #${retraining[0]?.number} retrains`),
  ]);
});
