import { describe, expect, test } from "vitest";
import { expectRestRoute } from "../helpers/openapi.js";
import { setupSimulator } from "./setup-simulator.js";

const repo = { owner: "acme", repo: "models" };
const SHA = "a".repeat(40);
const FORK_SHA = "f".repeat(40);

async function withPulls() {
  const setup = await setupSimulator();
  const { sim } = setup;
  sim.addRepo("alice/models-fork");
  await sim.openPullRequest({
    repo: "acme/models",
    title: "Bigger model",
    head: "exp-1",
    sha: SHA,
    user: "alice",
    body: "Closes #9",
  });
  await sim.openPullRequest({
    repo: "acme/models",
    title: "From a fork",
    head: "exp-1",
    sha: FORK_SHA,
    user: "alice",
    headRepo: "alice/models-fork",
  });
  return setup;
}

describe("pull requests", () => {
  test("get, list by head=owner:branch and state, and the PRs of a commit", async () => {
    const { octokit } = await withPulls();
    const { data: pr } = await octokit.rest.pulls.get({ ...repo, pull_number: 1 });
    expect(pr).toMatchObject({
      number: 1,
      state: "open",
      body: "Closes #9",
      head: { ref: "exp-1", sha: SHA, repo: { full_name: "acme/models" } },
      base: { ref: "main", repo: { full_name: "acme/models" } },
      user: { login: "alice" },
    });
    const byHead = await octokit.rest.pulls.list({ ...repo, head: "alice:exp-1" });
    expect(byHead.data.map((p) => p.number)).toEqual([2]);
    const sameRepo = await octokit.rest.pulls.list({ ...repo, head: "acme:exp-1" });
    expect(sameRepo.data.map((p) => p.number)).toEqual([1]);
    const closed = await octokit.rest.pulls.list({ ...repo, state: "closed" });
    expect(closed.data).toEqual([]);
    const ofCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: SHA,
    });
    expect(ofCommit.data.map((p) => p.number)).toEqual([1]);
    const ofForkCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: FORK_SHA,
    });
    expect(ofForkCommit.data).toEqual([]);
    expectRestRoute("GET", "/repos/{owner}/{repo}/commits/{commit_sha}/pulls");
  });

  test("a PR is also an issue: the issues API lists it with pull_request", async () => {
    const { octokit } = await withPulls();
    const { data } = await octokit.rest.issues.get({ ...repo, issue_number: 1 });
    expect(data.pull_request?.url).toBe("https://api.github.com/repos/acme/models/pulls/1");
    await octokit.rest.issues.create({ ...repo, title: "after" });
    const { data: issue } = await octokit.rest.issues.get({ ...repo, issue_number: 3 });
    expect(issue.pull_request).toBeUndefined();
  });
});

describe("check runs", () => {
  test("create, update, get, and list for a ref with check_name; latest per name", async () => {
    const { octokit, clock } = await withPulls();
    const created = await octokit.rest.checks.create({
      ...repo,
      name: "mlops/checklist",
      head_sha: SHA,
      status: "in_progress",
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      status: "in_progress",
      conclusion: null,
      app: { slug: "mlops-bot" },
    });
    clock.advance(1000);
    const updated = await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: "failure",
      output: { title: "2 items left", summary: "- [ ] a\n- [ ] b" },
    });
    expect(updated.data).toMatchObject({
      status: "completed",
      conclusion: "failure",
      completed_at: "2026-11-02T09:00:01Z",
      output: { title: "2 items left", summary: "- [ ] a\n- [ ] b" },
      pull_requests: [{ number: 1 }],
    });
    await octokit.rest.checks.create({
      ...repo,
      name: "mlops/evaluation",
      head_sha: SHA,
      conclusion: "success",
    });
    const second = await octokit.rest.checks.create({
      ...repo,
      name: "mlops/checklist",
      head_sha: SHA,
      conclusion: "success",
      output: { title: "done", summary: "ok" },
    });
    const listed = await octokit.rest.checks.listForRef({
      ...repo,
      ref: SHA,
      check_name: "mlops/checklist",
    });
    expect(listed.data.total_count).toBe(1);
    expect(listed.data.check_runs.map((r) => r.id)).toEqual([second.data.id]);
    const all = await octokit.rest.checks.listForRef({ ...repo, ref: SHA, filter: "all" });
    expect(all.data.total_count).toBe(3);
    const byBranch = await octokit.rest.checks.listForRef({
      ...repo,
      ref: "exp-1",
      check_name: "mlops/evaluation",
    });
    expect(byBranch.data.total_count).toBe(1);
    const got = await octokit.rest.checks.get({ ...repo, check_run_id: created.data.id });
    expect(got.data.conclusion).toBe("failure");
    expectRestRoute("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs");
  });

  test("GitHub's validation: completed needs a conclusion, summary at most 65,535 characters", async () => {
    const { octokit } = await setupSimulator();
    await expect(
      octokit.rest.checks.create({ ...repo, name: "x", head_sha: SHA, status: "completed" }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.rest.checks.create({
        ...repo,
        name: "x",
        head_sha: SHA,
        output: { title: "t", summary: "s".repeat(65_536) },
      }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
