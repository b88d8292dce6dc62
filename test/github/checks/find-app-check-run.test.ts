import { Octokit } from "@octokit/rest";
import nock from "nock";
import { expect, test } from "vitest";
import { findAppCheckRun } from "../../../src/github/checks/find-app-check-run.js";
import { expectRestQueryParameter, expectRestRoute } from "../../helpers/openapi.js";

const target = { owner: "acme", repo: "models", sha: "abc1234", name: "mlops/evaluation" };

test("asks for the latest run of this name by this app only, one per page", async () => {
  expectRestRoute("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs");
  for (const parameter of ["check_name", "app_id", "filter", "per_page"])
    expectRestQueryParameter("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", parameter);
  const run = { id: 9, status: "completed", conclusion: "success", output: { title: "ok" } };
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/commits/abc1234/check-runs")
    .query({ check_name: "mlops/evaluation", app_id: "42", filter: "latest", per_page: "1" })
    .reply(200, { total_count: 3, check_runs: [run] })
    .get("/repos/acme/models/commits/abc1234/check-runs")
    .query({ check_name: "mlops/evaluation", app_id: "43", filter: "latest", per_page: "1" })
    .reply(200, { total_count: 0, check_runs: [] });
  const octokit = new Octokit({ auth: "t" });
  expect(await findAppCheckRun(octokit, { ...target, appId: 42 })).toEqual(run);
  expect(await findAppCheckRun(octokit, { ...target, appId: 43 })).toBeNull();
  expect(scope.isDone()).toBe(true);
});
