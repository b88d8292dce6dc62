import { performance } from "node:perf_hooks";
import type { ApplicationFunction } from "probot";
import app from "../index.js";
import {
  createManualClock,
  createSimulator,
  issueForm,
  metricsArtifact,
  startSimulatedApp,
  type GitHubSimulator,
  type RequestLogEntry,
} from "../simulator/index.js";

const experimentForm = issueForm({
  Model: "fraud-detector",
  Version: "2.4.0",
  Hypothesis: "It helps.",
});

function deploymentForm(version: string): string {
  return issueForm({ Model: "fraud-detector", Version: version, Environment: "production" });
}

/** A Probot app that receives every event and does nothing: the floor to compare with. */
const noopApp: ApplicationFunction = (probot) => {
  probot.onAny(async () => undefined);
};

/** acme/models with alice as a maintainer, the app started on it; the clock is given or real. */
async function setup(appFn: ApplicationFunction, now?: () => Date): Promise<GitHubSimulator> {
  const sim = createSimulator(now ? { now } : {});
  sim.addOrg("acme");
  sim.addUser("alice");
  sim.addRepo("acme/models");
  sim.setPermission("acme/models", "alice", "maintain");
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
  const total = countRequests(sim.requests);
  return {
    firstCardRequests,
    msPerEvent: elapsed / events,
    events,
    perCard: {
      all: total.all / count,
      rest: total.rest / count,
      graphql: total.graphql / count,
      writes: total.writes / count,
    },
  };
}

/** Requests of a log slice, the installation-token request excluded: all, REST, GraphQL, writes. */
function countRequests(entries: readonly RequestLogEntry[]) {
  const requests = entries.filter((r) => !r.path.endsWith("/access_tokens"));
  return {
    all: requests.length,
    rest: requests.filter((r) => !r.graphql).length,
    graphql: requests.filter((r) => r.graphql).length,
    writes: requests.filter((r) => r.method !== "GET" && r.graphql?.operation !== "query").length,
  };
}

/** The requests `act` causes, once every webhook it triggered has been handled. */
async function measure(sim: GitHubSimulator, act: () => Promise<unknown>) {
  const before = sim.requests.length;
  await act();
  await sim.settle();
  if (process.env.BENCH_TRACE)
    for (const r of sim.requests.slice(before))
      process.stderr.write(`  ${r.method} ${r.path} ${r.graphql?.name ?? ""}\n`);
  return countRequests(sim.requests.slice(before));
}

/**
 * A release PR closing an experiment and a deployment issue, its checklist ticked: then
 * `runs` evaluation runs (requests per metrics post) and a canary 5 → 25 → 50 → 100 % with
 * a success status after each step (requests per promotion), then a second release rolled back.
 */
async function lifecycle(runs: number) {
  const clock = createManualClock(new Date("2026-11-02T09:00:00Z"));
  const sim = await setup(app, clock.now);
  const repo = "acme/models";
  const open = (title: string, body: string, label: string) =>
    sim.openIssue({ repo, title, body, labels: [label], user: "alice" });
  const experiment = await open("Embeddings", experimentForm, "ml-experiment");
  const release = async (version: string, sha: string) => {
    const deployment = await open(`Release ${version}`, deploymentForm(version), "ml-deployment");
    await sim.tickBoxes({ repo, number: deployment.number, user: "alice" });
    const pr = await sim.openPullRequest({
      repo,
      title: `fraud-detector ${version}`,
      body: `Closes #${experiment.number}\nCloses #${deployment.number}`,
      head: `release/${version}`,
      sha,
      user: "alice",
    });
    await sim.settle();
    return pr.number;
  };
  const evaluate = (pull: number, version: string, accuracy: number) =>
    sim.completeWorkflowRun({
      repo,
      pull,
      conclusion: "success",
      artifacts: [
        metricsArtifact({
          model: "fraud-detector",
          version,
          metrics: { accuracy, f1: 0.88, latency_p95_ms: 41.2 },
          baseline: { accuracy: 0.9, f1: 0.87, latency_p95_ms: 44 },
        }),
      ],
    });
  const say = (number: number, body: string) =>
    measure(sim, () => sim.comment({ repo, number, user: "alice", body }));
  const deploySucceeds = async () => {
    const newest = [...sim.store.deployments.values()].at(-1);
    if (!newest) throw new Error("no deployment was created");
    clock.advance(10 * 60_000);
    return measure(sim, () =>
      sim.setDeploymentStatus({
        repo,
        deploymentId: newest.id,
        state: "success",
        autoInactive: false,
      }),
    );
  };

  const sha1 = "4e1f0c2d9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e";
  const pr1 = await release("2.4.0", sha1);
  const posts = [];
  for (let run = 0; run < runs; run++) {
    clock.advance(20 * 60_000);
    posts.push(await measure(sim, () => evaluate(pr1, "2.4.0", 0.93 + run / 10_000)));
  }
  const steps = [];
  for (const step of [5, 25, 50, 100]) {
    clock.advance(60 * 60_000);
    const deploymentsBefore = sim.store.deployments.size;
    const promote = await say(pr1, `/promote ${step}%`);
    if (sim.store.deployments.size === deploymentsBefore)
      throw new Error(`/promote ${step}% was refused`);
    steps.push({ step, promote, status: await deploySucceeds() });
  }
  const sha2 = "5b2e4c6d8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c";
  const pr2 = await release("2.5.0", sha2);
  await measure(sim, () => evaluate(pr2, "2.5.0", 0.94));
  await say(pr2, "/promote 5%");
  await deploySucceeds();
  clock.advance(60 * 60_000);
  const rollback = await say(pr2, "/rollback latency regression");
  const status = await say(pr2, "/status");
  const live = await say(pr2, "/mlops live --at 2026-11-02T12:30Z");
  if (sim.failedDeliveries.length > 0 || sim.unhandled.length > 0)
    throw new Error(`the lifecycle failed: ${sim.failedDeliveries.length} deliveries failed`);
  return { posts, steps, rollback, status, live, deployments: sim.store.deployments.size };
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);
const split = (c: ReturnType<typeof countRequests>) =>
  `${c.all} = REST ${c.rest} + GraphQL ${c.graphql}; writes ${c.writes}`;

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
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const life = await lifecycle(runs);
  out("");
  out(`API requests per metrics post (workflow_run.completed; ${runs} runs of one PR):`);
  out(`  first ${split(life.posts[0]!)}`);
  for (const [i, post] of life.posts.slice(1).entries()) out(`  run ${i + 2}  ${split(post)}`);
  out("");
  out("API requests per promotion (issue_comment /promote, then the deploy job's success status):");
  for (const { step, promote, status } of life.steps)
    out(`  ${`/promote ${step}%`.padEnd(14)} ${split(promote)} · status: ${split(status)}`);
  out(`  /rollback      ${split(life.rollback)}`);
  out(`  /status        ${split(life.status)}`);
  out(`  /mlops live    ${split(life.live)}  (${life.deployments} deployments in the history)`);
}

await main();
