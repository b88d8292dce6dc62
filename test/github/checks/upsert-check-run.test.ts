import { Octokit } from "@octokit/rest";
import nock from "nock";
import { expect, test } from "vitest";
import { MAX_CHECK_OUTPUT, upsertCheckRun } from "../../../src/github/checks/upsert-check-run.js";
import { expectRestQueryParameter, expectRestRoute } from "../../helpers/openapi.js";

const octokit = () => new Octokit({ auth: "token", request: { retries: 0 } });
const target = {
  ...{ owner: "acme", repo: "models", headSha: "abc123", name: "mlops/checklist" },
  appId: 4242,
};
const listed = (runs: unknown[]) => ({ total_count: runs.length, check_runs: runs });
const list = (scope: nock.Scope, runs: unknown[]) =>
  scope
    .get("/repos/acme/models/commits/abc123/check-runs")
    .query({ check_name: "mlops/checklist", app_id: "4242", filter: "latest", per_page: "1" })
    .reply(200, listed(runs));

test("creates the check run when the SHA has none of that name", async () => {
  const scope = nock("https://api.github.com");
  list(scope, []);
  scope
    .post("/repos/acme/models/check-runs", {
      name: "mlops/checklist",
      head_sha: "abc123",
      status: "completed",
      conclusion: "failure",
      output: { title: "2 items unticked", summary: "- Rollback tested" },
    } as never)
    .reply(201, { id: 11 });
  const result = await upsertCheckRun(octokit(), target, {
    conclusion: "failure",
    title: "2 items unticked",
    summary: "- Rollback tested",
  });
  expect(result).toEqual({ id: 11, action: "created" });
  expect(scope.isDone()).toBe(true);
  expectRestQueryParameter("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", "app_id");
  expectRestRoute("POST", "/repos/{owner}/{repo}/check-runs");
});

test("updates the existing run in place, never a second one", async () => {
  const scope = nock("https://api.github.com");
  list(scope, [
    { id: 11, conclusion: "failure", output: { title: "2 items unticked", summary: "x" } },
  ]);
  scope
    .patch("/repos/acme/models/check-runs/11", {
      status: "completed",
      conclusion: "success",
      output: { title: "All ticked", summary: "none left" },
      details_url: "https://github.com/acme/models/issues/7",
    } as never)
    .reply(200, { id: 11 });
  const result = await upsertCheckRun(octokit(), target, {
    conclusion: "success",
    title: "All ticked",
    summary: "none left",
    detailsUrl: "https://github.com/acme/models/issues/7",
  });
  expect(result).toEqual({ id: 11, action: "updated" });
  expect(scope.isDone()).toBe(true);
  expectRestRoute("PATCH", "/repos/{owner}/{repo}/check-runs/{check_run_id}");
});

test("writes nothing when the run already says the same (a redelivery)", async () => {
  const scope = nock("https://api.github.com");
  list(scope, [
    {
      id: 11,
      conclusion: "success",
      output: { title: "All ticked", summary: "none left", text: null },
    },
  ]);
  const result = await upsertCheckRun(octokit(), target, {
    conclusion: "success",
    title: "All ticked",
    summary: "none left",
  });
  expect(result).toEqual({ id: 11, action: "unchanged" });
  expect(scope.isDone()).toBe(true);
});

test.each([
  ["ASCII", "x".repeat(70_000)],
  // 30,000 characters, 90,000 bytes: within GitHub's limit if it counted characters.
  ["non-ASCII (3 bytes a character)", "精".repeat(30_000)],
  // A 4-byte character across the cut must not be split into invalid UTF-8.
  ["emoji", `a${"🚀".repeat(20_000)}`],
])("a %s summary over GitHub's 65,535 bytes is cut at a character and says so", async (_, text) => {
  const scope = nock("https://api.github.com");
  list(scope, []);
  let sent = "";
  scope
    .post("/repos/acme/models/check-runs", (body: { output: { summary: string } }) => {
      sent = body.output.summary;
      return true;
    })
    .reply(201, { id: 12 });
  await upsertCheckRun(octokit(), target, { conclusion: "failure", title: "t", summary: text });
  const bytes = Buffer.byteLength(sent, "utf8");
  expect(bytes).toBeLessThanOrEqual(MAX_CHECK_OUTPUT);
  expect(bytes).toBeGreaterThan(MAX_CHECK_OUTPUT - 100);
  expect(sent).not.toContain("\uFFFD");
  expect(text.startsWith(sent.slice(0, sent.indexOf("\n\n…")))).toBe(true);
  expect(
    sent.endsWith("(the rest was left out: GitHub keeps 65,535 bytes of a check's output)"),
  ).toBe(true);
  expect(scope.isDone()).toBe(true);
});
