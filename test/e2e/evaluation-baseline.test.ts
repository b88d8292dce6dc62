import { expect, test } from "vitest";
import {
  HEAD_SHA,
  REPO,
  evaluationChecks,
  metricsArtifact,
  metricsFile,
  setupEvaluation,
} from "../handlers/evaluation/evaluation-fixtures.js";

type Setup = Awaited<ReturnType<typeof setupEvaluation>>;

/** A deployment the app made (the installation's token: the bot is the creator), with a status. */
async function deployed(
  { octokit, clock }: Setup,
  payload: Record<string, unknown>,
  state: "success" | "failure" = "success",
) {
  const { data } = await octokit.rest.repos.createDeployment({
    owner: "acme",
    repo: "models",
    ref: HEAD_SHA,
    environment: "production",
    production_environment: true,
    auto_merge: false,
    required_contexts: [],
    task: "deploy",
    payload: {
      model: "fraud-detector",
      stable_version: null,
      pull_request: 3,
      ...payload,
    },
  });
  if (!("id" in data)) throw new Error("expected a deployment");
  await octokit.rest.repos.createDeploymentStatus({
    owner: "acme",
    repo: "models",
    deployment_id: data.id,
    state,
    auto_inactive: false,
  });
  clock.advance(60_000);
}

const complete = (setup: Setup, file = metricsFile()) =>
  setup.sim.completeWorkflowRun({
    repo: REPO,
    headSha: HEAD_SHA,
    headBranch: "release-2.4",
    conclusion: "success",
    artifacts: [metricsArtifact(file)],
  });

test("the live model at 100 % is the baseline, ahead of the file's; a regression fails the gate", async () => {
  const setup = await setupEvaluation();
  await deployed(setup, { version: "2.3.0", rollout: 100, metrics: { accuracy: 0.95 } });
  await complete(setup);
  const comment = setup.sim.issue(REPO, setup.pr)?.comments[0]?.body ?? "";
  expect(comment).toContain("Compared with the live deployment v2.3.0.");
  expect(comment).toContain("▼ -0.019 ❌");
  const [check] = evaluationChecks(setup.sim);
  expect(check?.conclusion).toBe("failure");
  expect(check?.output.title).toBe("Failed: fraud-detector, 1 failing: accuracy");
  expect(check?.output.summary).toContain("0.931");
  expect(check?.output.summary).toContain("min 0.94");
});

test("only a stable deployment of the same model counts: canaries, failures and other models do not", async () => {
  const setup = await setupEvaluation();
  await deployed(setup, {
    model: "churn-model",
    version: "9.0.0",
    rollout: 100,
    metrics: { accuracy: 0.99 },
  });
  await deployed(setup, { version: "2.5.0", rollout: 25, metrics: { accuracy: 0.99 } });
  await deployed(setup, { version: "2.6.0", rollout: 100, metrics: { accuracy: 0.99 } }, "failure");
  await complete(setup);
  const comment = setup.sim.issue(REPO, setup.pr)?.comments[0]?.body ?? "";
  expect(comment).toContain("Compared with the baseline given in the metrics file");
  expect(evaluationChecks(setup.sim)[0]?.conclusion).toBe("success");
});

test("no live model and no baseline in the file: no comparison, the gate checks thresholds only", async () => {
  const setup = await setupEvaluation({
    config: "metrics:\n  thresholds:\n    latency_p95_ms: { max: 40 }\n",
  });
  const { baseline: _dropped, ...file } = metricsFile();
  await complete(setup, file);
  const comment = setup.sim.issue(REPO, setup.pr)?.comments[0]?.body ?? "";
  expect(comment).toContain("No baseline");
  const [check] = evaluationChecks(setup.sim);
  expect(check?.conclusion).toBe("failure");
  expect(check?.output.title).toBe("Failed: fraud-detector, 1 failing: latency_p95_ms");
});
