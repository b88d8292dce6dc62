import { describe, expect, test } from "vitest";
import { expectRestRoute } from "../helpers/openapi.js";
import { setupSimulator } from "./setup-simulator.js";

const repo = { owner: "acme", repo: "models" };
const SHA = "c".repeat(40);

async function withPull() {
  const setup = await setupSimulator();
  await setup.sim.openPullRequest({
    repo: "acme/models",
    title: "Release",
    head: "rel",
    sha: SHA,
    user: "alice",
  });
  return setup;
}

/** Creates a deployment; `data` is narrowed to the 201 answer (Octokit types 202 too). */
async function deploy(
  octokit: Awaited<ReturnType<typeof setupSimulator>>["octokit"],
  rollout: number,
) {
  const response = await octokit.rest.repos.createDeployment({
    ...repo,
    ref: SHA,
    environment: "production",
    production_environment: true,
    auto_merge: false,
    required_contexts: [],
    task: "deploy",
    payload: { model: "fraud", version: "2.3.0", rollout },
  });
  if (!("id" in response.data)) throw new Error("expected 201 with a deployment");
  return { status: response.status, data: response.data };
}

describe("deployments", () => {
  test("create answers 201 authored by the bot; list newest first with filters; get", async () => {
    const { octokit, clock } = await withPull();
    const first = await deploy(octokit, 5);
    expect(first.status).toBe(201);
    expect(first.data).toMatchObject({
      sha: SHA,
      ref: SHA,
      environment: "production",
      production_environment: true,
      task: "deploy",
      payload: { model: "fraud", version: "2.3.0", rollout: 5 },
      creator: { login: "mlops-bot[bot]", type: "Bot" },
      created_at: "2026-11-02T09:00:00Z",
    });
    clock.advance(60_000);
    const second = await deploy(octokit, 25);
    await octokit.rest.repos.createDeployment({
      ...repo,
      ref: "main",
      environment: "staging",
      required_contexts: [],
    });
    const prod = await octokit.rest.repos.listDeployments({ ...repo, environment: "production" });
    expect(prod.data.map((d) => d.id)).toEqual([second.data.id, first.data.id]);
    const bySha = await octokit.rest.repos.listDeployments({ ...repo, sha: SHA });
    expect(bySha.data).toHaveLength(2);
    const got = await octokit.rest.repos.getDeployment({ ...repo, deployment_id: first.data.id });
    expect(got.data.payload).toEqual({ model: "fraud", version: "2.3.0", rollout: 5 });
    await expect(
      octokit.rest.repos.createDeployment({ ...repo, ref: "no-such-branch" }),
    ).rejects.toMatchObject({ status: 422 });
    expectRestRoute("POST", "/repos/{owner}/{repo}/deployments");
  });

  test("statuses: list newest first; a success with auto_inactive retires earlier successes", async () => {
    const { octokit, clock } = await withPull();
    const stable = await deploy(octokit, 100);
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: stable.data.id,
      state: "success",
    });
    clock.advance(1000);
    const canary = await deploy(octokit, 5);
    const status = await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: canary.data.id,
      state: "success",
      auto_inactive: false,
      description: "5% of traffic",
    });
    expect(status.status).toBe(201);
    expect(status.data).toMatchObject({ state: "success", creator: { login: "mlops-bot[bot]" } });
    const stableStatuses = async () =>
      (
        await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: stable.data.id })
      ).data.map((s) => s.state);
    expect(await stableStatuses()).toEqual(["success"]);
    clock.advance(1000);
    const full = await deploy(octokit, 100);
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: full.data.id,
      state: "success",
    });
    expect(await stableStatuses()).toEqual(["inactive", "success"]);
    const canaryStatuses = await octokit.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: canary.data.id,
    });
    expect(canaryStatuses.data.map((s) => s.state)).toEqual(["inactive", "success"]);
    await expect(
      octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: full.data.id,
        state: "success",
        description: "d".repeat(141),
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  test("a status the app writes is delivered back as deployment_status.created", async () => {
    const { octokit, sim } = await withPull();
    const d = await deploy(octokit, 5);
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: d.data.id,
      state: "in_progress",
    });
    await sim.settle();
    const last = sim.deliveries.at(-1);
    expect(last?.name).toBe("deployment_status");
    expect(last?.payload).toMatchObject({
      action: "created",
      deployment: { id: d.data.id, payload: { rollout: 5 } },
      deployment_status: { state: "in_progress", creator: { login: "mlops-bot[bot]" } },
      sender: { login: "mlops-bot[bot]" },
    });
  });
});
