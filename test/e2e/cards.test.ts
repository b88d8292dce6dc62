import { expect, test } from "vitest";
import app from "../../src/index.js";
import { deploymentAnswers, issueForm } from "../helpers/issue-form.js";
import { setupSimulator } from "../simulator/setup-simulator.js";

const experimentForm = issueForm({
  Model: "fraud-detector",
  Version: "2.4.0",
  Hypothesis: "Merchant embeddings raise F1.",
  Dataset: "_No response_",
  "Owner team": "risk-ml",
});

const deploymentForm = issueForm(deploymentAnswers);

test("an experiment issue from the form becomes a card on a new MLOps board, once", async () => {
  const { sim } = await setupSimulator(app);
  const opened = await sim.openIssue({
    repo: "acme/models",
    title: "Merchant embeddings",
    body: experimentForm,
    labels: ["ml-experiment"],
    user: "alice",
    concurrent: true,
  });
  expect(sim.failedDeliveries).toEqual([]);
  const issue = sim.issue("acme/models", opened.number);
  expect(issue?.body).toContain("## Experiment: Merchant embeddings");
  expect(issue?.body).toContain("Merchant embeddings raise F1.");
  expect(issue?.body).toContain("risk-ml");
  const edits = sim.requests.filter(
    (r) => r.method === "PATCH" && r.path.endsWith(`/issues/${opened.number}`),
  );
  expect(edits).toHaveLength(1);
  const board = sim.board("acme", 1);
  expect(board?.title).toBe("MLOps");
  expect(board?.fields.find((f) => f.name === "Status")?.options).toEqual([
    "Backlog",
    "Data Prep",
    "Experiment",
    "Evaluation",
    "Deployment",
    "Monitoring",
  ]);
  expect(board?.items).toEqual([
    {
      repo: "acme/models",
      number: opened.number,
      title: "Merchant embeddings",
      values: expect.objectContaining({
        Status: "Experiment",
        Kind: "Experiment",
        Model: "fraud-detector",
        Version: "2.4.0",
      }),
    },
  ]);
  expect(sim.unhandled).toEqual([]);
});

test("a deployment card holds the checklist and one rollout box per configured step; re-labelling changes nothing", async () => {
  const { sim } = await setupSimulator(app);
  sim.setFile("acme/models", ".github/mlops.yml", "rollout:\n  steps: [10, 50, 100]\n");
  const opened = await sim.openIssue({
    repo: "acme/models",
    title: "Ship 2.4.0",
    body: deploymentForm,
    labels: ["ml-deployment"],
    user: "alice",
  });
  const body = sim.issue("acme/models", opened.number)?.body ?? "";
  expect(body).toContain("## Deploy model: fraud-detector v2.4.0");
  for (const item of [
    "Model validated",
    "A/B test configured",
    "Monitoring set up",
    "Rollback tested",
    "Alerts configured",
  ])
    expect(body).toContain(`- [ ] ${item}`);
  expect(body).toContain("- [ ] 10% traffic");
  expect(body).toContain("- [ ] 100% traffic");
  expect(body).not.toContain("25% traffic");

  sim.resetRequests();
  await sim.unlabelIssue({
    repo: "acme/models",
    number: opened.number,
    user: "alice",
    label: "ml-deployment",
  });
  await sim.labelIssue({
    repo: "acme/models",
    number: opened.number,
    user: "alice",
    label: "ml-deployment",
  });
  expect(sim.issue("acme/models", opened.number)?.body).toBe(body);
  const writes = sim.requests.filter(
    (r) =>
      r.method !== "GET" && !r.path.includes("access_tokens") && r.graphql?.operation !== "query",
  );
  expect(writes).toEqual([]);
  expect(sim.board("acme", 1)?.items).toHaveLength(1);
});

test("a personal account: the card is written, the board is explained once on the summary issue", async () => {
  const { sim } = await setupSimulator(app);
  sim.addRepo("alice/notebooks");
  for (const title of ["First", "Second"]) {
    await sim.openIssue({
      repo: "alice/notebooks",
      title,
      body: experimentForm,
      labels: ["ml-experiment"],
      user: "alice",
    });
  }
  expect(sim.failedDeliveries).toEqual([]);
  const byTitle = (title: string) =>
    [1, 2, 3].map((n) => sim.issue("alice/notebooks", n)).find((i) => i?.title === title);
  const summary = byTitle("MLOps board");
  expect(summary?.title).toBe("MLOps board");
  expect(summary?.labels).toContain("mlops-board");
  expect(summary?.comments).toHaveLength(1);
  expect(summary?.comments[0]?.body).toContain("organization");
  expect(byTitle("First")?.body).toContain("## Experiment: First");
  expect(byTitle("Second")?.body).toContain("## Experiment: Second");
});

test("a broken .github/mlops.yml: a reply naming the key, once, and no card", async () => {
  const { sim } = await setupSimulator(app);
  sim.setFile("acme/models", ".github/mlops.yml", "rollout:\n  steps: [50, 25]\n");
  const opened = await sim.openIssue({
    repo: "acme/models",
    title: "X",
    body: experimentForm,
    labels: ["ml-experiment"],
    user: "alice",
  });
  const replies = sim.issue("acme/models", opened.number)?.comments ?? [];
  expect(replies).toHaveLength(1);
  expect(replies[0]?.body).toContain("rollout.steps");
  expect(sim.issue("acme/models", opened.number)?.body).toBe(experimentForm);
  expect(sim.board("acme", 1)).toBeUndefined();
});

test("a card too long for GitHub's body limit: the text is kept as written, the issue is on the board, the person is told once", async () => {
  const { sim } = await setupSimulator(app);
  const body = issueForm({
    Model: "fraud-detector",
    Hypothesis: "x".repeat(65_000),
  });
  const opened = await sim.openIssue({
    repo: "acme/models",
    title: "Long one",
    body,
    labels: ["ml-experiment"],
    user: "alice",
  });
  const issue = sim.issue("acme/models", opened.number);
  expect(issue?.body).toBe(body);
  const notes = issue?.comments.filter((c) => c.body.includes("mlops-bot:card-too-long")) ?? [];
  expect(notes).toHaveLength(1);
  expect(notes[0]?.body).toContain("GitHub allows 65536 in an issue body");
  expect(notes[0]?.body).toContain("remove and add the `ml-experiment` label again");
  expect(sim.board("acme", 1)?.items.map((i) => i.number)).toEqual([opened.number]);
  // `opened` and `labeled` both came; a redelivery adds nothing either.
  await sim.redeliver(sim.deliveries.at(-1)?.id ?? "");
  expect(
    sim
      .issue("acme/models", opened.number)
      ?.comments.filter((c) => c.body.includes("mlops-bot:card-too-long")),
  ).toHaveLength(1);
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.unhandled).toEqual([]);
});
