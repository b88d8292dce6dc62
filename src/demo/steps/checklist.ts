import type { DemoWorld } from "../demo-world.js";

const CHECK = "mlops/checklist";

/** The release PR: the evaluation step's, or one opened here that closes both issues. */
async function releasePr(world: DemoWorld): Promise<number> {
  if (world.refs.pr !== undefined) return world.refs.pr;
  const { experiment, deployment } = world.refs;
  const opened = await world.sim.openPullRequest({
    repo: world.repo,
    title: "Release fraud-detector 2.4.0",
    body: `Merchant-category embeddings.\n\nCloses #${experiment}\nCloses #${deployment}`,
    head: "release/2.4.0",
    sha: "4a1f2e3d5c6b7a8910fedcba9876543210abcdef",
    user: "alice",
  });
  world.refs.pr = opened.number;
  world.say(`alice opens PR #${opened.number}: "Closes #${experiment}", "Closes #${deployment}"`);
  return opened.number;
}

/** Shows the checklist check run on the PR's head as a person sees it on the PR. */
function showCheck(world: DemoWorld, pr: number): void {
  const head = world.sim.store.repoByFullName(world.repo)?.issues.get(pr)?.pull?.headSha;
  const run = [...world.sim.store.checkRuns.values()].find(
    (r) => r.name === CHECK && r.headSha === head,
  );
  if (!run) return world.say(`(no ${CHECK} check on #${pr})`);
  world.show(
    `${CHECK} on ${head?.slice(0, 7)}: ${run.conclusion} — ${run.output.title ?? ""}`,
    run.output.summary ?? "",
  );
}

/** Ticks the named Checklist boxes of an issue, as a person editing it would. */
async function tick(world: DemoWorld, issue: number, user: string, items: string[]) {
  const body = world.sim.issue(world.repo, issue)?.body ?? "";
  const ticked = items.reduce((text, item) => text.replace(`- [ ] ${item}`, `- [x] ${item}`), body);
  await world.sim.editIssueBody({ repo: world.repo, number: issue, user, body: ticked });
}

/** Lifecycle step 3: the checklist check failing, boxes ticked, passing with who ticked what. */
export async function playChecklist(world: DemoWorld): Promise<void> {
  world.step("3. The release PR is gated on the deployment checklist (mlops/checklist)");
  const pr = await releasePr(world);
  const deployment = world.refs.deployment ?? 0;
  world.reportAppWrites();
  showCheck(world, pr);

  world.step(`3b. The release checklist is ticked in #${deployment}, by two people`);
  world.clock.advance(25 * 60_000);
  await tick(world, deployment, "alice", ["Model validated", "A/B test configured"]);
  world.say(`alice ticks 2 boxes: the check on #${pr} is updated in the same webhook`);
  world.clock.advance(40 * 60_000);
  await tick(world, deployment, "bob", [
    "Monitoring set up",
    "Rollback tested",
    "Alerts configured",
  ]);
  world.say("bob ticks the other 3 (the Rollout boxes are the app's and do not count)");
  world.reportAppWrites();
  showCheck(world, pr);
}
