import app from "../index.js";
import { readTemplate } from "../render/render-template.js";
import { createManualClock, createSimulator, startSimulatedApp } from "../simulator/index.js";
import { describeWrite, type DemoWorld } from "./demo-world.js";
import { hideMarkers } from "./hide-markers.js";
import { printBoard } from "./print-board.js";
import { playAlert } from "./steps/alerts.js";
import { playChecklist } from "./steps/checklist.js";
import { playEvaluation } from "./steps/evaluate.js";
import { playInstall } from "./steps/install.js";
import { playOpenCards } from "./steps/open-cards.js";
import { playRollout } from "./steps/rollout.js";

/** The steps of the lifecycle, in order; later capabilities add theirs here. */
const steps: Array<(world: DemoWorld) => Promise<void>> = [
  playInstall,
  playOpenCards,
  playEvaluation,
  playChecklist,
  playRollout,
  playAlert,
];

const out = (text: string) => process.stdout.write(`${text}\n`);

/**
 * `npm run demo`: the real app function on the embedded GitHub simulator, offline, with
 * no credentials. Prints what the app did at each step and ends with the board.
 */
export async function runDemo(): Promise<number> {
  const clock = createManualClock(new Date("2026-11-02T09:00:00Z"));
  const sim = createSimulator({ now: clock.now });
  sim.addOrg("acme");
  for (const user of ["alice", "bob", "carol"]) sim.addUser(user);
  sim.addRepo("acme/models");
  sim.setPermission("acme/models", "alice", "maintain");
  sim.setPermission("acme/models", "bob", "write");
  sim.setPermission("acme/models", "carol", "read");
  await startSimulatedApp(sim, app);
  let seen = 0;
  const world: DemoWorld = {
    sim,
    clock,
    repo: "acme/models",
    owner: "acme",
    refs: {},
    step: (title) => {
      // Writes are reported per step: what came before (even unreported) belongs to earlier steps.
      seen = sim.requests.length;
      out(`\n━━ ${title}`);
    },
    say: (line) => out(`   ${line}`),
    // As a person sees the body on GitHub: the hidden markers are not rendered.
    show: (label, text) =>
      out(
        `   ┌ ${label}\n${hideMarkers(text)
          .split("\n")
          .map((l) => `   │ ${l}`)
          .join("\n")}\n   └`,
      ),
    reportAppWrites: () => {
      const requests = sim.requests.slice(seen).filter((r) => !r.path.endsWith("/access_tokens"));
      const writes = requests.map(describeWrite).filter((w) => w !== null);
      seen = sim.requests.length;
      out(`   the app made ${requests.length} API requests, ${writes.length} write(s):`);
      for (const write of writes) out(`     · ${write}`);
    },
  };
  out("mlops-bot demo — the app on an embedded GitHub simulator (offline, no credentials)");
  for (const play of steps) await play(world);
  const failed = sim.failedDeliveries;
  out("\n━━ The board");
  const board = sim.board("acme", 1);
  out(board ? printBoard(board) : "   (no board)");
  if (failed.length > 0 || sim.unhandled.length > 0) {
    out(
      `\n${failed.length} webhook deliveries failed, ${sim.unhandled.length} unhandled requests:`,
    );
    for (const f of failed) out(`  ${f.delivery.name}: ${String(f.error)}`);
    for (const u of sim.unhandled) out(`  ${u.what}`);
    return 1;
  }
  out(
    `\nDone: ${sim.deliveries.length} webhook deliveries, ${sim.requests.length} API requests by the app.`,
  );
  out(`\n${readTemplate("demo-next-steps.md").trimEnd()}`);
  return 0;
}

process.exitCode = await runDemo();
