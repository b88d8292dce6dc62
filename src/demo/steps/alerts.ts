import type { RequestLogEntry } from "../../simulator/index.js";
import { describeWrite, type DemoWorld } from "../demo-world.js";

const HOUR = 3_600_000;

/** The contract's example alert, as a monitoring system would dispatch it. */
const driftAlert = {
  model: "fraud-detector",
  kind: "data_drift",
  metric: "psi",
  value: 0.31,
  threshold: 0.2,
  environment: "production",
  url: "https://grafana.example/d/abc",
};

/** The rolled-back 2.5.0 goes to 25 % again (gates pass already) and its deploy job succeeds. */
async function promoteAgain(world: DemoWorld, pr: number): Promise<void> {
  const { sim, repo } = world;
  world.clock.advance(HOUR);
  await sim.comment({ repo, number: pr, user: "alice", body: "/promote 25%" });
  const newest = [...sim.store.deployments.values()].at(-1);
  if (newest)
    await sim.setDeploymentStatus({
      repo,
      deploymentId: newest.id,
      state: "success",
      autoInactive: false,
    });
  world.say(`alice: /promote 25% on PR #${pr} → 2.5.0 serves 25% of production again`);
}

/** The lines of a body a person reads: no hidden markers, no blank lines. */
function visible(body: string, max: number): string {
  return body
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("<!--"))
    .slice(0, max)
    .join("\n");
}

/** The contract's example alert, timed by the monitoring on the demo's clock. */
function alertAt(world: DemoWorld, change: Partial<typeof driftAlert> = {}) {
  return { ...driftAlert, ...change, at: world.clock.now().toISOString().replace(".000Z", "Z") };
}

/** Dispatches an alert; returns the app's requests for it (token exchanges left out). */
async function dispatchAlert(world: DemoWorld, payload: Record<string, unknown>) {
  const before = world.sim.requests.length;
  await world.sim.dispatch({ repo: world.repo, eventType: "mlops-alert", clientPayload: payload });
  world.say(`monitoring: repository_dispatch mlops-alert ${JSON.stringify(payload)}`);
  return world.sim.requests.slice(before).filter((r) => !r.path.endsWith("/access_tokens"));
}

/** The writes among requests, one line each. */
function listWrites(world: DemoWorld, requests: RequestLogEntry[]): void {
  const writes = requests.map(describeWrite).filter((w) => w !== null);
  world.say(`${requests.length} API requests, ${writes.length} write(s):`);
  for (const write of writes) world.say(`  · ${write}`);
}

/** Lifecycle step 5: a drift alert during a rollout at 25 %. */
export async function playAlert(world: DemoWorld): Promise<void> {
  const { sim, repo } = world;
  world.step(
    "5. A data-drift alert during a rollout at 25%: incident, retraining, automatic rollback",
  );
  const pr = world.refs.pr2;
  if (pr === undefined)
    world.say("(no second release PR from the rollout step: the alert plays without a rollout)");
  else await promoteAgain(world, pr);
  await sim.settle();
  world.clock.advance(HOUR);
  const issuesBefore = sim.store.repoByFullName(repo)?.issues.size ?? 0;
  const requests = await dispatchAlert(world, alertAt(world));
  const opened = [...(sim.store.repoByFullName(repo)?.issues.values() ?? [])].filter(
    (i) => i.number > issuesBefore,
  );
  for (const issue of opened) {
    const snapshot = sim.issue(repo, issue.number);
    world.show(
      `#${issue.number} ${issue.title}  [${issue.labels.join(", ")}]`,
      visible(snapshot?.body ?? "", 14),
    );
    for (const comment of snapshot?.comments ?? [])
      world.show(`comment on #${issue.number}`, visible(comment.body, 3));
  }
  if (pr !== undefined) {
    const reply = sim
      .issue(repo, pr)
      ?.comments.filter((c) => c.user === sim.botLogin)
      .at(-1);
    world.show(`reply on PR #${pr}`, visible(reply?.body ?? "(none)", 2));
  }
  listWrites(world, requests);
  world.clock.advance(HOUR);
  world.say("an hour later the drift is still there:");
  const repeat = await dispatchAlert(world, alertAt(world, { value: 0.34 }));
  const incident = opened[0] && sim.issue(repo, opened[0].number)?.comments.at(-1);
  if (incident) world.show(`comment on #${opened[0]?.number}`, visible(incident.body, 2));
  listWrites(world, repeat);
}
