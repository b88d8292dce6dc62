import type { Probot } from "probot";
import { createLabelKeeper } from "../../src/handlers/labels/create-label-keeper.js";
import { createLabelPacer } from "../../src/handlers/labels/create-label-pacer.js";
import { onInstallation } from "../../src/handlers/labels/on-installation.js";
import { onCardLabel } from "../../src/handlers/on-card-label.js";
import { registerRollout } from "../../src/handlers/register-rollout.js";
import { createAppIdentity } from "../../src/handlers/support/app-identity.js";
import { createKeyedLock } from "../../src/handlers/support/keyed-lock.js";
import { encodeEvaluationRecord } from "../../src/domain/metrics/evaluation-record-marker.js";
import { upsertCheckRun } from "../../src/github/checks/upsert-check-run.js";
import { issueForm, metricsArtifact } from "../../src/simulator/index.js";
import { setupSimulator } from "../simulator/setup-simulator.js";

export const REPO = "acme/models";

/** Cards and the rollout only: the gates are set by the test, not by the other capabilities. */
export function rolloutApp(app: Probot): void {
  const lock = createKeyedLock();
  const labels = createLabelKeeper(createLabelPacer());
  app.on(["installation.created", "installation_repositories.added"], onInstallation(labels));
  app.on(["issues.opened", "issues.labeled"], onCardLabel(lock, labels));
  registerRollout(app, createAppIdentity(app), lock);
}

/** The record `mlops/evaluation` keeps of a passing fraud-detector evaluation by run `runId`. */
function evaluationRecordOf(runId: number): string {
  const entry = {
    run_id: runId,
    artifact: "mlops-metrics",
    path: ".github/workflows/ml-evaluate.yml",
    completed_at: "2026-11-02T09:00:00.000Z",
    label: "#1",
    url: "",
    verdict: "success",
  } as const;
  return encodeEvaluationRecord({ models: { "fraud-detector": entry }, problems: [] });
}

export function deploymentForm(version: string): string {
  return issueForm({
    Model: "fraud-detector",
    Version: version,
    "Rollback plan": "Back to the stable version.",
  });
}

/**
 * A repository with a deployment card for `version` and the release PR that closes it, its
 * gates passing and an evaluation run whose artifact holds the model's metrics. alice may
 * promote (write), carol may only read.
 */
export async function setupRollout(options: { config?: string } = {}) {
  const setup = await setupSimulator(rolloutApp);
  const { sim, octokit } = setup;
  sim.addUser("carol");
  sim.setPermission(REPO, "alice", "write");
  sim.setPermission(REPO, "carol", "read");
  if (options.config) sim.setFile(REPO, ".github/mlops.yml", options.config);
  const records = new Map<string, string>();
  const release = async (version: string, sha: string) => {
    const issue = await sim.openIssue({
      repo: REPO,
      title: `Ship ${version}`,
      body: deploymentForm(version),
      labels: ["ml-deployment"],
      user: "alice",
    });
    const pr = await sim.openPullRequest({
      repo: REPO,
      title: `Release ${version}`,
      body: `Closes #${issue.number}`,
      head: `release-${version}`,
      sha,
      user: "alice",
    });
    const metrics = { model: "fraud-detector", version, metrics: { accuracy: 0.93, f1: 0.88 } };
    const { runId } = await sim.completeWorkflowRun({
      repo: REPO,
      pull: pr.number,
      conclusion: "success",
      artifacts: [metricsArtifact(metrics)],
    });
    // The app's record of that evaluation, as mlops/evaluation keeps it: /promote finds it there.
    records.set(sha, evaluationRecordOf(runId));
    await setGates(sha, "success");
    return { issue: issue.number, pr: pr.number, sha };
  };
  const setGates = async (sha: string, conclusion: "success" | "failure") => {
    for (const name of ["mlops/checklist", "mlops/evaluation"])
      await upsertCheckRun(
        octokit,
        { owner: "acme", repo: "models", headSha: sha, name, appId: sim.appId },
        {
          conclusion,
          title: conclusion === "success" ? "passed" : "2 items unticked",
          summary: "-",
          ...(name === "mlops/evaluation" && records.has(sha) ? { text: records.get(sha) } : {}),
        },
      );
  };
  const say = async (number: number, user: string, body: string) => {
    const { commentId, deliveryIds } = await sim.comment({ repo: REPO, number, user, body });
    await sim.settle();
    const thread = sim.issue(REPO, number)?.comments ?? [];
    const mine = thread.find((c) => c.id === commentId);
    const reply = thread.filter((c) => c.id > commentId && c.user === sim.botLogin).at(-1);
    return {
      commentId,
      deliveryId: deliveryIds[0] ?? "",
      reactions: mine?.reactions ?? [],
      reply: reply?.body ?? null,
    };
  };
  const deployments = () =>
    [...sim.store.deployments.values()].filter((d) => d.creator === sim.botLogin);
  return { ...setup, release, setGates, say, deployments };
}
