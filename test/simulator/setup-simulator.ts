import type { ApplicationFunction } from "probot";
import {
  createManualClock,
  createSimulator,
  startSimulatedApp,
} from "../../src/simulator/index.js";
import { testPrivateKey } from "../helpers/probot.js";

/**
 * A simulator with the org `acme` (repository `acme/models`), the users `alice` and
 * `bob`, a manual clock, an app (by default one that does nothing) installed on `acme`
 * (GitHub sends `installation.created`, so the app creates its labels the way it does on
 * GitHub; a repository added later has none) and an Octokit authenticated as the
 * installation, like `context.octokit`.
 */
export async function setupSimulator(appFn: ApplicationFunction = () => {}) {
  const clock = createManualClock();
  const sim = createSimulator({ now: clock.now });
  sim.addOrg("acme");
  sim.addUser("alice");
  sim.addUser("bob");
  sim.addRepo("acme/models");
  const app = await startSimulatedApp(sim, appFn, { privateKey: testPrivateKey() });
  await sim.installApp({ account: "acme" });
  const octokit = await app.probot.auth(1);
  return { sim, clock, app, octokit };
}
