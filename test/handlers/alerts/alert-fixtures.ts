import { Writable } from "node:stream";
import { pino } from "pino";
import app from "../../../src/index.js";
import {
  createManualClock,
  createSimulator,
  startSimulatedApp,
  type GitHubSimulator,
} from "../../../src/simulator/index.js";
import { testPrivateKey } from "../../helpers/probot.js";

export const REPO = "acme/models";

/** The alert of the contract's example. */
export const driftAlert = {
  model: "fraud-detector",
  kind: "data_drift",
  metric: "psi",
  value: 0.31,
  threshold: 0.2,
  environment: "production",
  url: "https://grafana.example/d/abc",
};

/** A 40-hex SHA from a short seed. */
export const sha = (seed: string) => seed.padEnd(40, "0");

/**
 * The whole app on the simulator (org `acme`, repo `acme/models`, alice a maintainer), its
 * log lines captured, and an installation Octokit to record deployments as the app would.
 */
export async function setupAlerts() {
  // GitHub's clock and the app's agree within seconds; the app reads the real one, so the
  // simulated GitHub starts an hour behind it (the redelivery window counts back from the app's now).
  const clock = createManualClock(new Date(Date.now() - 60 * 60_000));
  const sim = createSimulator({ now: clock.now });
  sim.addOrg("acme");
  sim.addUser("alice");
  sim.addRepo(REPO);
  sim.setPermission(REPO, "alice", "maintain");
  const logs: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean))
        logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const started = await startSimulatedApp(sim, app, {
    privateKey: testPrivateKey(),
    log: pino({ level: "info" }, stream),
  });
  const octokit = await started.probot.auth(1);
  return { sim, clock, octokit, logs, app: started };
}

type Setup = Awaited<ReturnType<typeof setupAlerts>>;

/** Records a deployment as `/promote` would (creator: the app's bot), with a success status. */
export async function recordDeployment(
  setup: Pick<Setup, "octokit" | "clock">,
  input: {
    version: string;
    rollout: number;
    stable: string | null;
    pullRequest: number;
    model?: string;
  },
): Promise<number> {
  setup.clock.advance(60_000);
  const created = await setup.octokit.rest.repos.createDeployment({
    owner: "acme",
    repo: "models",
    ref: sha(input.version.replace(/\D/g, "")),
    environment: "production",
    production_environment: true,
    auto_merge: false,
    required_contexts: [],
    task: "deploy",
    payload: {
      model: input.model ?? "fraud-detector",
      version: input.version,
      rollout: input.rollout,
      stable_version: input.stable,
      metrics: { accuracy: 0.93 },
      pull_request: input.pullRequest,
    },
  });
  if (!("id" in created.data)) throw new Error("expected a deployment");
  await setup.octokit.rest.repos.createDeploymentStatus({
    owner: "acme",
    repo: "models",
    deployment_id: created.data.id,
    state: "success",
    auto_inactive: false,
  });
  return created.data.id;
}

/**
 * 2.4.0 live at 100 % (PR #1), then the release PR of 2.5.0 (#2) at `canary` percent;
 * `canary` null: only 2.4.0.
 */
export async function liveHistory(setup: Setup, canary: number | null = 25) {
  const old = await setup.sim.openPullRequest({
    repo: REPO,
    title: "Release fraud-detector 2.4.0",
    head: "release-2.4.0",
    sha: sha("240"),
    user: "alice",
  });
  const pr = await setup.sim.openPullRequest({
    repo: REPO,
    title: "Release fraud-detector 2.5.0",
    body: "Ships 2.5.0.",
    head: "release-2.5.0",
    sha: sha("250"),
    user: "alice",
  });
  await recordDeployment(setup, {
    version: "2.4.0",
    rollout: 100,
    stable: null,
    pullRequest: old.number,
  });
  if (canary !== null)
    await recordDeployment(setup, {
      version: "2.5.0",
      rollout: canary,
      stable: "2.4.0",
      pullRequest: pr.number,
    });
  await setup.sim.settle();
  setup.sim.resetRequests();
  return { pr: pr.number };
}

/** Sends an alert as a monitoring system would; returns the delivery id. */
export async function sendAlert(
  sim: GitHubSimulator,
  payload: Record<string, unknown> = driftAlert,
) {
  const [id] = await sim.dispatch({ repo: REPO, eventType: "mlops-alert", clientPayload: payload });
  return id ?? "";
}

/** Open and closed issues with a label, oldest first. */
export function issuesLabelled(sim: GitHubSimulator, label: string) {
  return [...(sim.store.repoByFullName(REPO)?.issues.values() ?? [])]
    .filter((issue) => issue.labels.includes(label))
    .map((issue) => sim.issue(REPO, issue.number)!);
}

/** Requests other than token exchanges, as `METHOD path` or `GraphQL Name`. */
export function apiCalls(sim: GitHubSimulator): string[] {
  return sim.requests
    .filter((r) => !r.path.endsWith("/access_tokens"))
    .map((r) => (r.graphql ? `GraphQL ${r.graphql.name}` : `${r.method} ${r.path}`));
}
