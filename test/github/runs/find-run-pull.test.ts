import nock from "nock";
import { expect, test } from "vitest";
import { ProbotOctokit } from "probot";
import { findRunPull, type RunHead } from "../../../src/github/runs/find-run-pull.js";
import { expectRestRoute } from "../../helpers/openapi.js";

const SHA = "a".repeat(40);
const octokit = new ProbotOctokit({
  auth: { token: "test" },
  retry: { enabled: false },
  throttle: { enabled: false },
});

const run = (overrides: Partial<RunHead> = {}): RunHead => ({
  owner: "acme",
  repo: "models",
  repoId: 10,
  headSha: SHA,
  headBranch: "exp",
  headOwner: "bob",
  pullRequests: [],
  ...overrides,
});

const listed = (number: number, repoId: number, sha = SHA) => ({
  number,
  head: { sha },
  base: { repo: { id: repoId } },
});

test("the payload's PR into this repository is taken without a request; a fork's own PR is not", async () => {
  const found = await findRunPull(octokit, run({ pullRequests: [listed(9, 99), listed(4, 10)] }));
  expect(found).toBe(4);
});

test("with several, the one whose head is the run's SHA", async () => {
  const pulls = [listed(4, 10, "b".repeat(40)), listed(5, 10)];
  expect(await findRunPull(octokit, run({ pullRequests: pulls }))).toBe(5);
});

test("empty pull_requests (a fork): open PRs with head=<owner>:<branch>, matched by head SHA", async () => {
  expectRestRoute("GET", "/repos/{owner}/{repo}/pulls");
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/pulls")
    .query({ state: "open", head: "bob:exp", per_page: "100" })
    .reply(200, [
      { number: 8, head: { sha: "c".repeat(40) } },
      { number: 7, head: { sha: SHA } },
    ]);
  expect(await findRunPull(octokit, run())).toBe(7);
  expect(scope.isDone()).toBe(true);
});

test("no open PR at that head, or a run without a branch: null", async () => {
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/pulls")
    .query({ state: "open", head: "bob:exp", per_page: "100" })
    .reply(200, [{ number: 8, head: { sha: "c".repeat(40) } }]);
  expect(await findRunPull(octokit, run())).toBeNull();
  expect(await findRunPull(octokit, run({ headBranch: null }))).toBeNull();
  expect(scope.isDone()).toBe(true);
});
