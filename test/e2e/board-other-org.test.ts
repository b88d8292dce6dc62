import { expect, test } from "vitest";
import app from "../../src/index.js";
import { issueForm } from "../helpers/issue-form.js";
import { setupSimulator } from "../simulator/setup-simulator.js";

const experimentForm = issueForm({
  Model: "fraud-detector",
  Version: "2.4.0",
  Hypothesis: "Merchant embeddings raise F1.",
});

/** acme/models whose config puts the board in the organization `platform`. */
async function boardInPlatform() {
  const setup = await setupSimulator(app);
  setup.sim.addOrg("platform");
  setup.sim.setFile("acme/models", ".github/mlops.yml", "project:\n  owner: platform\n");
  return setup;
}

function openExperiment(sim: Awaited<ReturnType<typeof setupSimulator>>["sim"]) {
  return sim.openIssue({
    repo: "acme/models",
    title: "Merchant embeddings",
    body: experimentForm,
    labels: ["ml-experiment"],
    user: "alice",
  });
}

test("the simulator, as GitHub: a token of acme's installation cannot see platform's Projects", async () => {
  const { sim, octokit } = await boardInPlatform();
  sim.addInstallation("platform");
  sim.createProject("platform", "MLOps");
  const answer = await octokit.graphql<{ organization: { projectsV2: { totalCount: number } } }>(
    `query { organization(login: "platform") { projectsV2(first: 5) { totalCount } } }`,
  );
  expect(answer.organization.projectsV2.totalCount).toBe(0);
});

test("project.owner is another organization with the app installed: the card goes on its board, through its installation", async () => {
  const { sim } = await boardInPlatform();
  const platform = sim.addInstallation("platform");
  sim.resetRequests();
  const opened = await openExperiment(sim);
  expect(sim.failedDeliveries).toEqual([]);
  const board = sim.board("platform", 1);
  expect(board?.title).toBe("MLOps");
  expect(board?.items).toEqual([
    expect.objectContaining({ repo: "acme/models", number: opened.number }),
  ]);
  expect(sim.board("acme", 1)).toBeUndefined();
  // One lookup with the app's JWT per event that reaches the board (opened and labeled both
  // arrive), and a token of platform's installation (cached after the first).
  const lookups = sim.requests.filter((r) => r.path === "/orgs/platform/installation");
  expect(lookups.map((r) => r.status)).toEqual([200, 200]);
  expect(sim.requests.map((r) => r.path)).toContain(`/app/installations/${platform}/access_tokens`);
  expect(sim.issue("acme/models", opened.number)?.body).toContain(
    "## Experiment: Merchant embeddings",
  );
});

test("project.owner is an organization without the app: the notice says so, names it, and nothing is created", async () => {
  const { sim } = await boardInPlatform();
  sim.removeInstallation("platform");
  await openExperiment(sim);
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.board("platform", 1)).toBeUndefined();
  const summary = [...(sim.store.repoByFullName("acme/models")?.issues.values() ?? [])].find(
    (i) => i.title === "MLOps board",
  );
  expect(summary).toBeDefined();
  const comments = sim.issue("acme/models", summary?.number ?? 0)?.comments ?? [];
  const notice = comments.find((c) => c.body.includes("board-notice not-installed"));
  expect(notice?.body).toContain("and the app is not installed on **platform**");
  expect(notice?.body).toContain("_Organization projects: Read and write_");
  expect(comments.some((c) => c.body.includes("board-notice no-access"))).toBe(false);
});

test("the default board owner (the repository owner) costs no installation lookup", async () => {
  const { sim } = await setupSimulator(app);
  sim.resetRequests();
  await openExperiment(sim);
  expect(sim.failedDeliveries).toEqual([]);
  expect(sim.board("acme", 1)?.items).toHaveLength(1);
  expect(sim.requests.filter((r) => r.path.endsWith("/installation"))).toEqual([]);
});
