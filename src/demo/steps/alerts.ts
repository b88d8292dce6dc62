import { requireRef, type DemoWorld } from "../demo-world.js";
import { deploySucceeds, type, visibleLines } from "../person-acts.js";

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
  // 50 minutes, then the deploy job's 10: the alert comes an hour after the rollback.
  world.clock.advance(50 * 60_000);
  await type(world, pr, "alice", "/promote 25%", 1);
  await deploySucceeds(world);
}

/** The contract's example alert, timed by the monitoring on the demo's clock. */
function alertAt(world: DemoWorld, change: Partial<typeof driftAlert> = {}) {
  return { ...driftAlert, ...change, at: world.clock.now().toISOString().replace(".000Z", "Z") };
}

/** Dispatches an alert as the monitoring system would. */
async function dispatchAlert(world: DemoWorld, payload: Record<string, unknown>) {
  await world.sim.dispatch({ repo: world.repo, eventType: "mlops-alert", clientPayload: payload });
  world.say(`monitoring: repository_dispatch mlops-alert ${JSON.stringify(payload)}`);
}

/** Lifecycle step 5: a drift alert during a rollout at 25 %. */
export async function playAlert(world: DemoWorld): Promise<void> {
  const { sim, repo } = world;
  const pr = requireRef(world.refs, "pr2");
  world.step(`5. The rolled-back 2.5.0 goes to 25% again on PR #${pr}`);
  await promoteAgain(world, pr);
  world.step(
    "5b. A data-drift alert during the rollout at 25%: incident, retraining, automatic rollback",
  );
  world.clock.advance(HOUR);
  const issuesBefore = sim.store.repoByFullName(repo)?.issues.size ?? 0;
  await dispatchAlert(world, alertAt(world));
  const opened = [...(sim.store.repoByFullName(repo)?.issues.values() ?? [])].filter(
    (i) => i.number > issuesBefore,
  );
  for (const issue of opened) {
    const snapshot = sim.issue(repo, issue.number);
    world.show(
      `#${issue.number} ${issue.title}  [${issue.labels.join(", ")}]`,
      visibleLines(snapshot?.body ?? "", 14),
    );
    for (const comment of snapshot?.comments ?? [])
      world.show(`comment on #${issue.number}`, visibleLines(comment.body, 3));
  }
  const reply = sim
    .issue(repo, pr)
    ?.comments.filter((c) => c.user === sim.botLogin)
    .at(-1);
  world.show(`reply on PR #${pr}`, visibleLines(reply?.body ?? "(none)", 2));
  world.reportAppWrites();
  world.clock.advance(HOUR);
  world.say("an hour later the drift is still there:");
  await dispatchAlert(world, alertAt(world, { value: 0.34 }));
  const incident = opened[0] && sim.issue(repo, opened[0].number)?.comments.at(-1);
  if (incident) world.show(`comment on #${opened[0]?.number}`, visibleLines(incident.body, 2));
  world.reportAppWrites();
}
