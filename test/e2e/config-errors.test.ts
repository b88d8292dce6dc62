import { expect, test } from "vitest";
import app from "../../src/index.js";
import { issueForm } from "../helpers/issue-form.js";
import { setupSimulator } from "../simulator/setup-simulator.js";

const REPO = "acme/models";
const experimentForm = issueForm({
  Model: "fraud-detector",
  Version: "2.4.0",
  Hypothesis: "Merchant embeddings raise F1.",
  Dataset: "_No response_",
  "Owner team": "risk-ml",
});

/** Opens an experiment issue under `config` and returns what the person sees: the app's replies, the board. */
async function openExperimentUnder(config: string, files: Record<string, string> = {}) {
  const { sim } = await setupSimulator(app);
  sim.setFile(REPO, ".github/mlops.yml", config);
  for (const [where, text] of Object.entries(files)) {
    const [repo = "", path = ""] = where.split(":");
    sim.setFile(repo, path, text);
  }
  const opened = await sim.openIssue({
    repo: REPO,
    title: "Merchant embeddings",
    body: experimentForm,
    labels: ["ml-experiment"],
    user: "alice",
  });
  const replies = () =>
    (sim.issue(REPO, opened.number)?.comments ?? [])
      .filter((c) => c.user === sim.botLogin)
      .map((c) => c.body);
  return { sim, number: opened.number, replies };
}

test("8,000 problems in one file: one reply within GitHub's limit, the first 20 in full and a count", async () => {
  // 8,000 bad steps fit within the 16 KiB bound; listed whole they would be a 700 KB reply,
  // which the simulator refuses with GitHub's 422, as GitHub does, and the person would get nothing.
  const config = `rollout:\n  steps: [${Array.from({ length: 8000 }, () => "a").join(",")}]\n`;
  const { sim, replies } = await openExperimentUnder(config);
  expect(replies()).toHaveLength(1);
  const reply = replies()[0] ?? "";
  expect(reply.length).toBeLessThan(65_536);
  expect(reply).toContain(
    "**.github/mlops.yml** has 8,000 problems, so mlops-bot did nothing else",
  );
  expect(reply).toContain(
    '| rollout.steps\\[0\\] | expected a whole number from 1 to 100 (no % sign), got "a" |',
  );
  expect(reply).toContain(
    '| rollout.steps\\[19\\] | expected a whole number from 1 to 100 (no % sign), got "a" |',
  );
  expect(reply).not.toContain("rollout.steps\\[20\\]");
  expect(reply).toContain("| … | and 7,980 more problems, not listed here");
  expect(sim.board("acme", 1)).toBeUndefined();
  expect(sim.failedDeliveries).toEqual([]);
});

test("a 10,000-entry file (and 6,000 keys): refused for its size before parsing, in a short reply", async () => {
  const config = `rollout:\n  steps: [${Array.from({ length: 10_000 }, () => "a").join(",")}]\n`;
  const { sim, replies } = await openExperimentUnder(config);
  expect(replies()).toHaveLength(1);
  expect(replies()[0]).toContain(
    "| (top level) | the file is 20,020 bytes; mlops-bot reads at most 16,384 bytes (16 KiB), and a full configuration is under 2 KiB |",
  );
  expect(sim.board("acme", 1)).toBeUndefined();

  const keys = Array.from({ length: 6000 }, (_, i) => `    m${i}: { min: 0.5 }`).join("\n");
  const big = await openExperimentUnder(`metrics:\n  thresholds:\n${keys}\n`);
  expect(big.replies()[0]).toContain("the file is 142,913 bytes; mlops-bot reads at most 16,384");
  expect(big.sim.board("acme", 1)).toBeUndefined();
});

test("a file that is a scalar is a config error, not a board made with the defaults", async () => {
  const { sim, replies } = await openExperimentUnder("42\n");
  expect(replies()).toHaveLength(1);
  expect(replies()[0]).toContain(
    "| (top level) | expected a mapping of sections such as project: and rollout:, got a number (42) |",
  );
  expect(sim.board("acme", 1)).toBeUndefined();
  expect(sim.failedDeliveries).toEqual([]);
});

test("an _extends to a repository that does not exist is a config error naming it", async () => {
  const { sim, replies } = await openExperimentUnder("_extends: acme/ml-settings\n");
  expect(replies()).toHaveLength(1);
  expect(replies()[0]).toContain(
    "| \\_extends | expected a file at acme/ml-settings:.github/mlops.yml, found none: the repository or the file does not exist, or the repository is private and mlops-bot is not installed on it |",
  );
  expect(sim.board("acme", 1)).toBeUndefined();
});

test("an _extends to the owner's .github repository is followed: its project is used", async () => {
  const { sim } = await setupSimulator(app);
  sim.addRepo("acme/.github");
  sim.setFile("acme/.github", ".github/mlops.yml", "project:\n  title: Shared ML\n");
  sim.setFile(REPO, ".github/mlops.yml", "_extends: .github\n");
  const opened = await sim.openIssue({
    repo: REPO,
    title: "Merchant embeddings",
    body: experimentForm,
    labels: ["ml-experiment"],
    user: "alice",
  });
  expect(sim.board("acme", 1)?.title).toBe("Shared ML");
  const replies = sim.issue(REPO, opened.number)?.comments.filter((c) => c.user === sim.botLogin);
  expect(replies ?? []).toEqual([]);
});

test("the same broken file on the next event of the issue adds no second reply", async () => {
  const { sim, number, replies } = await openExperimentUnder("42\n");
  await sim.unlabelIssue({ repo: REPO, number, user: "alice", label: "ml-experiment" });
  await sim.labelIssue({ repo: REPO, number, user: "alice", label: "ml-experiment" });
  expect(replies()).toHaveLength(1);
  sim.setFile(REPO, ".github/mlops.yml", "_extends: acme/ml-settings\n");
  await sim.unlabelIssue({ repo: REPO, number, user: "alice", label: "ml-experiment" });
  await sim.labelIssue({ repo: REPO, number, user: "alice", label: "ml-experiment" });
  expect(replies()).toHaveLength(2);
});
