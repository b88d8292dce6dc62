import { requireRef, type DemoWorld } from "../demo-world.js";

const CHECK = "mlops/checklist";

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

/** Lifecycle step 3: the checklist check failing, boxes ticked, passing with who ticked what. */
export async function playChecklist(world: DemoWorld): Promise<void> {
  const { sim, repo } = world;
  world.step("3. The release PR is gated on the deployment checklist (mlops/checklist)");
  const pr = requireRef(world.refs, "pr");
  const deployment = requireRef(world.refs, "deployment");
  showCheck(world, pr);

  world.step(`3b. The release checklist is ticked in #${deployment}, by two people`);
  world.clock.advance(25 * 60_000);
  const aliceItems = ["Model validated", "A/B test configured"];
  await sim.tickBoxes({ repo, number: deployment, user: "alice", items: aliceItems });
  world.say(`alice ticks 2 boxes: the check on #${pr} is updated in the same webhook`);
  world.clock.advance(40 * 60_000);
  await sim.tickBoxes({ repo, number: deployment, user: "bob" });
  world.say("bob ticks the other 3 (the Rollout boxes are the app's and do not count)");
  world.reportAppWrites();
  showCheck(world, pr);
}
