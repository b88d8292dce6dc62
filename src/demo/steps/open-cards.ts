import { issueForm } from "../../simulator/index.js";
import type { DemoWorld } from "../demo-world.js";

const experimentForm = issueForm({
  Model: "fraud-detector",
  Version: "2.4.0",
  Hypothesis:
    "Merchant-category embeddings raise accuracy by half a point without hurting p95 latency.",
  Dataset: "transactions, snapshot 2026-11-01",
  Features: "_No response_",
  Architecture: "Gradient-boosted trees",
  Hyperparameters: "```yaml\nlr: 0.001\nepochs: 20\n```",
  Baseline: "fraud-detector 2.3.0",
  Notes: "_No response_",
});

const deploymentForm = issueForm({
  Model: "fraud-detector",
  Version: "2.4.0",
  Experiment: "#1",
  Environment: "production",
  Serving: "KServe, 3 replicas",
  Resources: "_No response_",
  "Rollback plan": "Send all traffic back to 2.3.0 with /rollback.",
  "Release notes": "Merchant embeddings.",
});

/** Lifecycle step 1 (and the card of step 3): an experiment and a deployment issue from the forms. */
export async function playOpenCards(world: DemoWorld): Promise<void> {
  world.step("1. An ML engineer opens an experiment from the ml-experiment issue form");
  const experiment = await world.sim.openIssue({
    repo: world.repo,
    title: "Merchant embeddings for fraud-detector",
    body: experimentForm,
    labels: ["ml-experiment"],
    user: "alice",
    concurrent: true,
  });
  world.refs.experiment = experiment.number;
  world.say(
    `issue #${experiment.number} opened; GitHub sends "opened" and "labeled" at the same moment`,
  );
  world.reportAppWrites();
  world.show(
    `issue #${experiment.number} now reads`,
    world.sim.issue(world.repo, experiment.number)?.body ?? "",
  );

  world.step("2. The release is planned in an ml-deployment issue");
  const deployment = await world.sim.openIssue({
    repo: world.repo,
    title: "Release fraud-detector 2.4.0",
    body: deploymentForm,
    labels: ["ml-deployment"],
    user: "bob",
  });
  world.refs.deployment = deployment.number;
  world.reportAppWrites();
  world.show(
    `issue #${deployment.number} now reads`,
    world.sim.issue(world.repo, deployment.number)?.body ?? "",
  );
}
