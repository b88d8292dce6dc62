import { describe, expect, test } from "vitest";
import { readArtifactFile } from "../../src/github/artifacts/read-artifact-file.js";
import { issueForm, metricsArtifact } from "../../src/simulator/index.js";
import { setupSimulator } from "./setup-simulator.js";

const REPO = "acme/models";
const SHA = "e".repeat(40);

const card = [
  "### Checklist",
  "",
  "- [ ] Model validated",
  "- [ ] A/B test configured",
  "",
  "### Rollout",
  "",
  "- [ ] 5% traffic",
].join("\n");

describe("tickBoxes", () => {
  test("without items it ticks the Checklist section in one edit, the Rollout boxes stay", async () => {
    const { sim } = await setupSimulator();
    const { number } = await sim.openIssue({
      repo: REPO,
      title: "Ship",
      body: card,
      user: "alice",
    });
    const deliveries = await sim.tickBoxes({ repo: REPO, number, user: "bob" });
    expect(deliveries).toHaveLength(1);
    expect(sim.issue(REPO, number)?.body).toBe(
      card.replace("- [ ] Model", "- [x] Model").replace("- [ ] A/B", "- [x] A/B"),
    );
    expect(sim.deliveries.at(-1)?.payload).toMatchObject({
      action: "edited",
      changes: { body: { from: card } },
      sender: { login: "bob" },
    });
  });

  test("named items are ticked; a box that is not there unticked is an error, nothing edited", async () => {
    const { sim } = await setupSimulator();
    const { number } = await sim.openIssue({
      repo: REPO,
      title: "Ship",
      body: card,
      user: "alice",
    });
    await sim.tickBoxes({ repo: REPO, number, user: "bob", items: ["A/B test configured"] });
    expect(sim.issue(REPO, number)?.body).toContain("- [ ] Model validated\n- [x] A/B test");
    const deliveries = sim.deliveries.length;
    await expect(
      sim.tickBoxes({ repo: REPO, number, user: "bob", items: ["A/B test configured"] }),
    ).rejects.toThrow('acme/models#1 has no unticked box "A/B test configured"');
    const plain = await sim.openIssue({ repo: REPO, title: "Plain", body: "text", user: "alice" });
    await expect(sim.tickBoxes({ repo: REPO, number: plain.number, user: "bob" })).rejects.toThrow(
      "has no unticked Checklist box",
    );
    expect(sim.deliveries.length).toBe(deliveries + 1);
  });
});

describe("completeWorkflowRun", () => {
  test("with `pull`, the run takes the PR's head; run numbers count per workflow file", async () => {
    const { sim } = await setupSimulator();
    const pr = await sim.openPullRequest({
      repo: REPO,
      title: "R",
      head: "rel",
      sha: SHA,
      user: "alice",
    });
    await sim.requestDeploymentProtection({ repo: REPO, environment: "production", sha: SHA });
    await sim.requestDeploymentProtection({ repo: REPO, environment: "production", sha: SHA });
    const first = await sim.completeWorkflowRun({
      repo: REPO,
      pull: pr.number,
      conclusion: "success",
      artifacts: [metricsArtifact({ model: "m", metrics: { accuracy: 0.9 } })],
    });
    const run = sim.store.workflowRuns.get(first.runId);
    expect(run).toMatchObject({ headSha: SHA, headBranch: "rel", pullRequests: [pr.number] });
    expect(run?.runNumber).toBe(1);
    const deploys = [...sim.store.workflowRuns.values()].filter((r) => r.name === "ML deploy");
    expect(deploys.map((r) => r.runNumber)).toEqual([1, 2]);
    const artifact = sim.store.artifacts.get(first.artifactIds[0] ?? 0);
    expect(artifact?.name).toBe("mlops-metrics");
  });

  test("without `pull` or a head it says what is missing; a `pull` that is an issue is refused", async () => {
    const { sim } = await setupSimulator();
    const issue = await sim.openIssue({ repo: REPO, title: "I", user: "alice" });
    await expect(sim.completeWorkflowRun({ repo: REPO, conclusion: "success" })).rejects.toThrow(
      "needs `pull` or `headSha` and `headBranch`",
    );
    await expect(
      sim.completeWorkflowRun({ repo: REPO, pull: issue.number, conclusion: "success" }),
    ).rejects.toThrow("acme/models#1 is not a pull request");
    expect(sim.store.workflowRuns.size).toBe(0);
  });
});

test("metricsArtifact zips the metrics as metrics.json, under mlops-metrics or the given name", async () => {
  const metrics = { model: "m", metrics: { accuracy: 0.9 } };
  const artifact = metricsArtifact(metrics);
  expect(artifact.name).toBe("mlops-metrics");
  expect(await readArtifactFile(artifact.zip, "metrics.json")).toEqual({
    ok: true,
    text: JSON.stringify(metrics),
  });
  expect(metricsArtifact(metrics, "other").name).toBe("other");
});

test("issueForm writes the answers as GitHub writes an issue form's body", () => {
  expect(issueForm({ Model: "m", Version: "1" })).toBe("### Model\n\nm\n\n### Version\n\n1");
});
