import type { DemoWorld } from "../demo-world.js";

/** Step 0: the organization installs the app; GitHub sends `installation.created`. */
export async function playInstall(world: DemoWorld): Promise<void> {
  world.step(`0. The ${world.owner} organization installs the app on its repositories`);
  await world.sim.installApp({ account: world.owner, user: "alice" });
  world.say(`GitHub sends "installation.created" naming ${world.repo}; the app creates its labels`);
  world.reportAppWrites();
  const [owner = "", repo = ""] = world.repo.split("/");
  const labels = [...(world.sim.store.repo(owner, repo)?.labels.values() ?? [])];
  world.show(
    `labels of ${world.repo}`,
    labels.map((l) => `${l.name.padEnd(14)} #${l.color}  ${l.description ?? ""}`).join("\n"),
  );
}
