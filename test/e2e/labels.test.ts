import { expect, test } from "vitest";
import app from "../../src/index.js";
import { issueForm } from "../helpers/issue-form.js";
import { setupSimulator } from "../simulator/setup-simulator.js";

const experimentForm = issueForm({
  Model: "fraud-detector",
  Version: "2.4.0",
  Hypothesis: "Merchant embeddings raise F1.",
  Dataset: "_No response_",
});

const labelRequests = (requests: ReadonlyArray<{ method: string; path: string }>) =>
  requests.filter((r) => /\/labels(\/|$)/.test(r.path)).map((r) => `${r.method} ${r.path}`);

test("installing the app creates its labels with colours and descriptions; an existing label keeps its own", async () => {
  const { sim, octokit } = await setupSimulator(app);
  sim.addRepo("acme/features");
  sim.addLabel("acme/features", "ML-Experiment", "ff0000", "ours");
  await sim.addInstallationRepositories({ account: "acme", repositories: ["acme/features"] });
  expect(sim.failedDeliveries).toEqual([]);
  for (const repo of ["acme/models", "acme/features"]) {
    const [owner = "", name = ""] = repo.split("/");
    const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
      owner,
      repo: name,
    });
    expect(labels.map((l) => l.name.toLowerCase()).sort()).toEqual(
      [
        "ml-data",
        "ml-deployment",
        "ml-experiment",
        "ml-monitoring",
        "ml-retraining",
        "ml-training",
        "mlops-board",
        "type-mlops",
      ].sort(),
    );
    for (const label of labels) {
      expect(label.color).toMatch(/^[0-9a-f]{6}$/);
      expect(label.description?.length ?? 0).toBeGreaterThan(0);
    }
    if (repo === "acme/features")
      expect(labels.find((l) => l.name === "ML-Experiment")).toMatchObject({
        color: "ff0000",
        description: "ours",
      });
  }
});

test("a repository without the labels: the experiment form's label is dropped, the app creates the labels, labels the issue, and it becomes a card once", async () => {
  const { sim, octokit } = await setupSimulator(app);
  // Not part of the installation event: the app meets it first through this issue.
  sim.addRepo("acme/features");
  const opened = await sim.openIssue({
    repo: "acme/features",
    title: "Merchant embeddings",
    body: experimentForm,
    labels: ["ml-experiment"],
    user: "alice",
  });
  expect(sim.failedDeliveries).toEqual([]);
  const issueEvents = sim.deliveries
    .filter((d) => d.name === "issues" && d.payload.action !== "edited")
    .map((d) => `${String(d.payload.action)}:${(d.payload.sender as { type: string }).type}`);
  // GitHub dropped the form's label: `opened` only; then the app's own `labeled`.
  expect(issueEvents).toEqual(["opened:User", "labeled:Bot"]);
  const issue = sim.issue("acme/features", opened.number);
  expect(issue?.labels).toEqual(["ml-experiment"]);
  expect(issue?.body).toContain("## Experiment: Merchant embeddings");
  const rewrites = sim.requests.filter(
    (r) => r.method === "PATCH" && r.path.endsWith(`/issues/${opened.number}`),
  );
  expect(rewrites).toHaveLength(1);
  expect(sim.board("acme", 1)?.items.map((i) => [i.repo, i.number, i.values.Status])).toEqual([
    ["acme/features", opened.number, "Experiment"],
  ]);
  const listings = labelRequests(sim.requests).filter((r) => r.startsWith("GET"));
  expect(listings).toEqual(["GET /repos/acme/models/labels", "GET /repos/acme/features/labels"]);
  // The label the app added was created first, with its colour (not GitHub's grey default).
  const label = await octokit.rest.issues.getLabel({
    owner: "acme",
    repo: "features",
    name: "ml-experiment",
  });
  expect(label.data.color).not.toBe("ededed");
  expect(sim.unhandled).toEqual([]);
});

test("events the app ignores cost no label request, even in a repository without the labels", async () => {
  const { sim } = await setupSimulator(app);
  sim.addRepo("acme/features");
  sim.addLabel("acme/features", "bug");
  sim.resetRequests();
  const plain = await sim.openIssue({
    repo: "acme/features",
    title: "The dashboard is slow",
    body: "It takes 10 s to load.\n\n### Steps\n\nOpen it.",
    user: "alice",
  });
  await sim.openIssue({
    repo: "acme/features",
    title: "Typo",
    body: "In the README.",
    labels: ["bug"],
    user: "bob",
  });
  await sim.labelIssue({ repo: "acme/features", number: plain.number, label: "bug", user: "bob" });
  expect(sim.failedDeliveries).toEqual([]);
  expect(labelRequests(sim.requests)).toEqual([]);
});
