import { performance } from "node:perf_hooks";
import type { ApplicationFunction } from "probot";
import app from "../index.js";
import { createSimulator, startSimulatedApp, type GitHubSimulator } from "../simulator/index.js";

const experimentForm =
  "### Model\n\nfraud-detector\n\n### Version\n\n2.4.0\n\n### Hypothesis\n\nIt helps.";

/** A Probot app that receives every event and does nothing: the floor to compare with. */
const noopApp: ApplicationFunction = (probot) => {
  probot.onAny(async () => undefined);
};

async function setup(appFn: ApplicationFunction): Promise<GitHubSimulator> {
  const sim = createSimulator();
  sim.addOrg("acme");
  sim.addUser("alice");
  sim.addRepo("acme/models");
  await startSimulatedApp(sim, appFn);
  return sim;
}

/** Opens `count` experiment issues one after another; time per webhook event and requests per card. */
async function openCards(appFn: ApplicationFunction, count: number) {
  const sim = await setup(appFn);
  // The first card creates the board and its fields: measured apart from the steady state.
  await sim.openIssue({
    repo: "acme/models",
    title: "warm-up",
    body: experimentForm,
    labels: ["ml-experiment"],
    user: "alice",
  });
  const firstCardRequests = sim.requests.length;
  sim.resetRequests();
  const deliveriesBefore = sim.deliveries.length;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    await sim.openIssue({
      repo: "acme/models",
      title: `card ${i}`,
      body: experimentForm,
      labels: ["ml-experiment"],
      user: "alice",
    });
  }
  const elapsed = performance.now() - started;
  const events = sim.deliveries.length - deliveriesBefore;
  const requests = sim.requests.filter((r) => !r.path.endsWith("/access_tokens"));
  return {
    firstCardRequests,
    msPerEvent: elapsed / events,
    events,
    perCard: {
      all: requests.length / count,
      rest: requests.filter((r) => !r.graphql).length / count,
      graphql: requests.filter((r) => r.graphql).length / count,
      writes:
        requests.filter((r) => r.method !== "GET" && r.graphql?.operation !== "query").length /
        count,
    },
  };
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_CARDS ?? 30);
  const noop = await openCards(noopApp, count);
  const real = await openCards(app, count);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `mlops-bot bench — ${count} experiment cards on the embedded simulator (each: opened + labeled)`,
  );
  out("");
  out("API requests per card (steady state, board already set up; the token request excluded):");
  out(
    `  all ${fixed(real.perCard.all)} = REST ${fixed(real.perCard.rest)} + GraphQL ${fixed(real.perCard.graphql)}; writes ${fixed(real.perCard.writes)}`,
  );
  out(
    `  first card of a repository (creates the board and its fields): ${real.firstCardRequests} requests`,
  );
  out("");
  out("Webhook handling time per event (simulator included):");
  out(
    `  mlops-bot ${fixed(real.msPerEvent, 2)} ms · no-op app ${fixed(noop.msPerEvent, 2)} ms · ratio ${fixed(real.msPerEvent / noop.msPerEvent, 1)}×`,
  );
}

await main();
