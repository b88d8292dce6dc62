import { Octokit } from "@octokit/rest";
import nock from "nock";
import { expect, test } from "vitest";
import { readGates } from "../../../src/github/checks/read-gates.js";
import { expectRestQueryParameter } from "../../helpers/openapi.js";

test("each required gate is read from its check run on the SHA", async () => {
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/commits/abc1234def/check-runs")
    .query({ check_name: "mlops/checklist", app_id: "4242", filter: "latest", per_page: "1" })
    .reply(200, {
      total_count: 1,
      check_runs: [
        { id: 1, status: "completed", conclusion: "failure", output: { title: "1 item unticked" } },
      ],
    })
    .get("/repos/acme/models/commits/abc1234def/check-runs")
    .query({ check_name: "mlops/evaluation", app_id: "4242", filter: "latest", per_page: "1" })
    .reply(200, { total_count: 0, check_runs: [] });
  const gates = await readGates(
    new Octokit({ auth: "t" }),
    { owner: "acme", repo: "models", sha: "abc1234def", appId: 4242 },
    ["checklist", "evaluation"],
  );
  expect(gates).toEqual([
    { name: "checklist", ok: false, detail: "mlops/checklist: failure — 1 item unticked" },
    { name: "evaluation", ok: false, detail: "no mlops/evaluation check run on abc1234 yet" },
  ]);
  expect(scope.isDone()).toBe(true);
  expectRestQueryParameter("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", "app_id");
});

test("a successful run passes; nothing required reads nothing", async () => {
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/commits/abc/check-runs")
    .query({ check_name: "mlops/evaluation", app_id: "7", filter: "latest", per_page: "1" })
    .reply(200, {
      total_count: 1,
      check_runs: [{ id: 2, status: "completed", conclusion: "success", output: { title: "" } }],
    });
  const octokit = new Octokit({ auth: "t" });
  expect(
    await readGates(octokit, { owner: "acme", repo: "models", sha: "abc", appId: 7 }, [
      "evaluation",
    ]),
  ).toEqual([{ name: "evaluation", ok: true, detail: "mlops/evaluation: success" }]);
  expect(
    await readGates(octokit, { owner: "acme", repo: "models", sha: "abc", appId: 7 }, []),
  ).toEqual([]);
  expect(scope.isDone()).toBe(true);
});
