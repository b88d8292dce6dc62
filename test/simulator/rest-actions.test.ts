import { describe, expect, test } from "vitest";
import { buildZip } from "../../src/simulator/index.js";
import { expectRestRoute } from "../helpers/openapi.js";
import { setupSimulator } from "./setup-simulator.js";

const repo = { owner: "acme", repo: "models" };
const SHA = "d".repeat(40);

describe("workflow runs and artifacts", () => {
  test("list a run's artifacts; the download redirects to a short-lived URL the fetch serves", async () => {
    const { sim, octokit, clock } = await setupSimulator();
    await sim.openPullRequest({
      repo: "acme/models",
      title: "Exp",
      head: "exp",
      sha: SHA,
      user: "alice",
    });
    const zip = buildZip({ "metrics.json": '{"model":"m","metrics":{"accuracy":0.9}}' });
    const { runId } = await sim.completeWorkflowRun({
      repo: "acme/models",
      headSha: SHA,
      headBranch: "exp",
      conclusion: "success",
      artifacts: [
        { name: "mlops-metrics", zip },
        { name: "logs", zip: buildZip({ "a.txt": "a" }) },
      ],
    });
    const listed = await octokit.rest.actions.listWorkflowRunArtifacts({
      ...repo,
      run_id: runId,
      name: "mlops-metrics",
    });
    expect(listed.data.total_count).toBe(1);
    const artifact = listed.data.artifacts[0];
    expect(artifact).toMatchObject({
      name: "mlops-metrics",
      size_in_bytes: zip.byteLength,
      expired: false,
    });
    const forRepo = await octokit.rest.actions.listArtifactsForRepo({
      ...repo,
      name: "mlops-metrics",
    });
    expect(forRepo.data.artifacts.map((a) => a.id)).toEqual([artifact?.id]);
    sim.resetRequests();
    const download = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact?.id ?? 0,
      archive_format: "zip",
    });
    expect(new Uint8Array(download.data as ArrayBuffer)).toEqual(zip);
    expect(sim.requests.map((r) => [r.status, r.path.split("/")[1]])).toEqual([
      [302, "repos"],
      [200, "actions-results"],
    ]);
    const manual = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact?.id ?? 0,
      archive_format: "zip",
      request: { redirect: "manual" },
    });
    const location = manual.headers.location ?? "";
    expect(location).toMatch(
      /^https:\/\/productionresultssa0\.blob\.core\.windows\.net\/actions-results\//,
    );
    clock.advance(61_000);
    expect((await sim.fetch(location)).status).toBe(403);
    expectRestRoute(
      "GET",
      "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
    );
  });

  test("the workflow_run payload names the PR, or none for a fork run", async () => {
    const { sim } = await setupSimulator();
    await sim.openPullRequest({
      repo: "acme/models",
      title: "Exp",
      head: "exp",
      sha: SHA,
      user: "alice",
    });
    await sim.completeWorkflowRun({
      repo: "acme/models",
      headSha: SHA,
      headBranch: "exp",
      conclusion: "success",
    });
    const run = sim.deliveries.at(-1)?.payload.workflow_run as Record<string, unknown>;
    expect(run).toMatchObject({
      head_sha: SHA,
      head_branch: "exp",
      status: "completed",
      conclusion: "success",
      pull_requests: [{ number: 1, head: { sha: SHA, ref: "exp" } }],
    });
    await sim.completeWorkflowRun({
      repo: "acme/models",
      headSha: SHA,
      headBranch: "exp",
      conclusion: "success",
      pullRequests: [],
    });
    expect(sim.deliveries.at(-1)?.payload.workflow_run).toMatchObject({ pull_requests: [] });
  });
});

describe("deployment protection rules and dispatches", () => {
  test("a requested rule is answered once with 204, then 422", async () => {
    const { sim, octokit } = await setupSimulator();
    await sim.openPullRequest({
      repo: "acme/models",
      title: "Rel",
      head: "rel",
      sha: SHA,
      user: "alice",
    });
    const { runId, deploymentId } = await sim.requestDeploymentProtection({
      repo: "acme/models",
      environment: "production",
      sha: SHA,
    });
    const payload = sim.deliveries.at(-1)?.payload;
    expect(sim.deliveries.at(-1)?.name).toBe("deployment_protection_rule");
    expect(payload).toMatchObject({
      action: "requested",
      environment: "production",
      deployment_callback_url: `https://api.github.com/repos/acme/models/actions/runs/${runId}/deployment_protection_rule`,
      deployment: { id: deploymentId, creator: { login: "github-actions[bot]" } },
      pull_requests: [{ number: 1 }],
      installation: { id: 1 },
    });
    const review = {
      ...repo,
      run_id: runId,
      environment_name: "production",
      state: "approved",
      comment: "gates pass",
    };
    const answered = await octokit.request(
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule",
      review,
    );
    expect(answered.status).toBe(204);
    expect(sim.store.protectionReviews).toMatchObject([
      { runId, state: "approved", reviewer: "mlops-bot[bot]" },
    ]);
    await expect(
      octokit.request(
        "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule",
        review,
      ),
    ).rejects.toMatchObject({ status: 422 });
    expectRestRoute(
      "POST",
      "/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule",
    );
  });

  test("dispatches: 204 and a repository_dispatch webhook; at most 10 client_payload keys", async () => {
    const { sim, octokit } = await setupSimulator();
    const clientPayload = { model: "fraud", kind: "data_drift" };
    const answer = await octokit.rest.repos.createDispatchEvent({
      ...repo,
      event_type: "mlops-alert",
      client_payload: clientPayload,
    });
    expect(answer.status).toBe(204);
    await sim.settle();
    expect(sim.deliveries.at(-1)).toMatchObject({
      name: "repository_dispatch",
      payload: { action: "mlops-alert", branch: "main", client_payload: clientPayload },
    });
    const tooMany = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    await expect(
      octokit.rest.repos.createDispatchEvent({ ...repo, event_type: "x", client_payload: tooMany }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
