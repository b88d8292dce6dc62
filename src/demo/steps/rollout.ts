import { buildZip } from "../../simulator/index.js";
import type { DemoWorld } from "../demo-world.js";

const HOUR = 3_600_000;
const RELEASE_2 = "5b2e4c6d8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c";

function deploymentForm(version: string): string {
  return `### Model\n\nfraud-detector\n\n### Version\n\n${version}\n\n### Environment\n\nproduction\n\n### Rollback plan\n\nRoute all traffic back to the stable version with /rollback.`;
}

/** An evaluation run of the head SHA, as the GPU workflow would finish it (unless one ran). */
async function evaluate(world: DemoWorld, pr: number, version: string, accuracy: number) {
  const head = world.sim.store.repoByFullName(world.repo)?.issues.get(pr)?.pull;
  if (!head) return;
  const done = [...world.sim.store.checkRuns.values()].some(
    (r) => r.name === "mlops/evaluation" && r.headSha === head.headSha,
  );
  if (done) return;
  const metrics = {
    model: "fraud-detector",
    version,
    metrics: { accuracy, f1: 0.884, latency_p95_ms: 41.2 },
  };
  await world.sim.completeWorkflowRun({
    repo: world.repo,
    headSha: head.headSha,
    headBranch: head.headRef,
    conclusion: "success",
    artifacts: [
      { name: "mlops-metrics", zip: buildZip({ "metrics.json": JSON.stringify(metrics) }) },
    ],
  });
  world.say(
    `the GPU evaluation of ${version} on ${head.headSha.slice(0, 7)} finishes (mlops/evaluation)`,
  );
}

/** A person types a command; prints the reactions and the app's reply (first lines). */
async function type(world: DemoWorld, pr: number, user: string, body: string, lines = 3) {
  const before = world.sim.requests.length;
  const { commentId } = await world.sim.comment({ repo: world.repo, number: pr, user, body });
  await world.sim.settle();
  const thread = world.sim.issue(world.repo, pr)?.comments ?? [];
  const reactions = thread.find((c) => c.id === commentId)?.reactions ?? [];
  const icons = reactions.map((r) => ({ eyes: "👀", rocket: "🚀", "-1": "👎" })[r] ?? r).join(" ");
  const requests = world.sim.requests
    .slice(before)
    .filter((r) => !r.path.endsWith("/access_tokens"));
  world.say(`${user}: ${body}   → ${icons}   (${requests.length} API requests)`);
  const reply = thread
    .filter((c) => c.id > commentId && c.user === world.sim.botLogin)
    .at(-1)?.body;
  const text = (reply ?? "(no reply)")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("<!--") && !l.startsWith(">"));
  world.show("reply", text.slice(0, lines).join("\n"));
}

/** The team's deploy job moves the weights and reports success on the newest deployment. */
async function deploySucceeds(world: DemoWorld) {
  const newest = [...world.sim.store.deployments.values()].at(-1);
  if (!newest) return;
  world.clock.advance(10 * 60_000);
  await world.sim.setDeploymentStatus({
    repo: world.repo,
    deploymentId: newest.id,
    state: "success",
    autoInactive: false,
  });
  await world.sim.settle();
  world.say(`the deploy job moves the traffic weights: deployment ${newest.id} → success`);
}

function showCard(world: DemoWorld, issue: number) {
  const item = world.sim.board(world.owner, 1)?.items.find((i) => i.number === issue);
  const body = world.sim.issue(world.repo, issue)?.body ?? "";
  const boxes = body.split("\n").filter((l) => /^- \[[ x]\] \d+% traffic/.test(l));
  world.say(
    `card #${issue}: Status ${String(item?.values.Status)}, Rollout % ${String(item?.values["Rollout %"])}; ${boxes.join("  ")}`,
  );
}

/** A second release: deployment issue, PR, ticked checklist, evaluation. */
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
  const body = sim.issue(repo, issue.number)?.body ?? "";
  const ticked = [
    "Model validated",
    "A/B test configured",
    "Monitoring set up",
    "Rollback tested",
    "Alerts configured",
  ].reduce((text, item) => text.replace(`- [ ] ${item}`, `- [x] ${item}`), body);
  await sim.editIssueBody({ repo, number: issue.number, user: "bob", body: ticked });
  world.say(
    `alice opens #${issue.number} (ml-deployment) and PR #${pr.number}; bob ticks the checklist`,
  );
  await evaluate(world, pr.number, "2.5.0", 0.941);
  return { issue: issue.number, pr: pr.number };
}

/** Lifecycle steps 4 and 6: /promote 5 → 25 → 100 %, a rollback, /status and /mlops live --at. */
export async function playRollout(world: DemoWorld): Promise<void> {
  const pr = world.refs.pr ?? 0;
  const card = world.refs.deployment ?? 0;
  world.step(`4. Canary rollout of 2.4.0 by slash command on PR #${pr}`);
  await evaluate(world, pr, "2.4.0", 0.931);
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
