import type { DemoWorld } from "./demo-world.js";
import { hideMarkers } from "./hide-markers.js";

/** The first `max` lines of a body a person reads: no hidden markers, quotes or blank lines. */
export function visibleLines(body: string, max: number): string {
  return hideMarkers(body)
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith(">"))
    .slice(0, max)
    .join("\n");
}

/** A person types a command; prints the reactions and the app's reply (first lines). */
export async function type(world: DemoWorld, pr: number, user: string, body: string, lines = 3) {
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
  world.show("reply", visibleLines(reply ?? "(no reply)", lines));
}

/** The team's deploy job moves the weights and reports success on the newest deployment. */
export async function deploySucceeds(world: DemoWorld) {
  const newest = [...world.sim.store.deployments.values()].at(-1);
  if (!newest) throw new Error("demo: the deploy job found no deployment to report on");
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
