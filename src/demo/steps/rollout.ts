import { issueForm, metricsArtifact } from "../../simulator/index.js";
import { requireRef, type DemoWorld } from "../demo-world.js";
import { deploySucceeds, type } from "../person-acts.js";

const HOUR = 3_600_000;
const RELEASE_2 = "5b2e4c6d8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c";

function deploymentForm(version: string): string {
  return issueForm({
    Model: "fraud-detector",
    Version: version,
    Environment: "production",
    "Rollback plan": "Route all traffic back to the stable version with /rollback.",
  });
}

function showCard(world: DemoWorld, issue: number) {
  const item = world.sim.board(world.owner, 1)?.items.find((i) => i.number === issue);
  const body = world.sim.issue(world.repo, issue)?.body ?? "";
  const boxes = body.split("\n").filter((l) => /^- \[[ x]\] \d+% traffic/.test(l));
  world.say(
    `card #${issue}: Status ${String(item?.values.Status)}, Rollout % ${String(item?.values["Rollout %"])}; ${boxes.join("  ")}`,
  );
}

/** A second release: deployment issue, PR, ticked checklist, evaluation of its head. */
async function secondRelease(world: DemoWorld): Promise<{ issue: number; pr: number }> {
  const { sim, repo } = world;
  const issue = await sim.openIssue({
    repo,
    title: "Release fraud-detector 2.5.0",
    body: deploymentForm("2.5.0"),
    labels: ["ml-deployment"],
    user: "alice",
  });
  const pr = await sim.openPullRequest({
    repo,
    title: "Release fraud-detector 2.5.0",
    body: `Closes #${issue.number}`,
    head: "release/2.5.0",
    sha: RELEASE_2,
    user: "alice",
  });
  await sim.tickBoxes({ repo, number: issue.number, user: "bob" });
  world.say(
    `alice opens #${issue.number} (ml-deployment) and PR #${pr.number}; bob ticks the checklist`,
  );
  const metrics = {
    model: "fraud-detector",
    version: "2.5.0",
    metrics: { accuracy: 0.941, f1: 0.884, latency_p95_ms: 41.2 },
  };
  await sim.completeWorkflowRun({
    repo,
    pull: pr.number,
    conclusion: "success",
    artifacts: [metricsArtifact(metrics)],
  });
  world.say(`the GPU evaluation of 2.5.0 on ${RELEASE_2.slice(0, 7)} finishes (mlops/evaluation)`);
  return { issue: issue.number, pr: pr.number };
}

/** Lifecycle steps 4 and 6: /promote 5 → 25 → 100 %, a rollback, /status and /mlops live --at. */
export async function playRollout(world: DemoWorld): Promise<void> {
  const pr = requireRef(world.refs, "pr");
  const card = requireRef(world.refs, "deployment");
  world.step(`4. Canary rollout of 2.4.0 by slash command on PR #${pr}`);
  world.clock.advance(HOUR);
  await type(world, pr, "alice", "/promote 5%");
  await deploySucceeds(world);
  showCard(world, card);
  world.clock.advance(2 * HOUR);
  await type(world, pr, "alice", "/promote 25%", 2);
  await deploySucceeds(world);
  world.clock.advance(HOUR);
  await type(world, pr, "carol", "/promote", 1);
  await type(world, pr, "bob", "/promote 100%", 3);
  await deploySucceeds(world);
  showCard(world, card);

  world.step("4b. A second release, 2.5.0: 5% → 25%, then /rollback");
  world.clock.advance(24 * HOUR);
  const second = await secondRelease(world);
  world.refs.pr2 = second.pr;
  await type(world, second.pr, "alice", "/promote 5%", 1);
  await deploySucceeds(world);
  const between = new Date(world.clock.now().getTime() + 30 * 60_000);
  world.clock.advance(2 * HOUR);
  await type(world, second.pr, "alice", "/promote 25%", 1);
  await deploySucceeds(world);
  world.clock.advance(HOUR);
  await type(world, second.pr, "alice", "/rollback latency regression", 2);
  showCard(world, second.issue);

  world.step("4c. /status and /mlops live --at: answered from GitHub's deployments");
  await type(world, second.pr, "carol", "/status", 14);
  const at = between.toISOString().slice(0, 16).replace("T", " ");
  await type(world, second.pr, "carol", `/mlops live --at ${at}`, 6);
}
