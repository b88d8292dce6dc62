import nock from "nock";
import { ProbotOctokit } from "probot";
import { expect, test } from "vitest";
import { listAppComments } from "../../../src/github/issues/list-app-comments.js";
import { listAppIssues } from "../../../src/github/issues/list-app-issues.js";
import { expectRestRoute } from "../../helpers/openapi.js";

const MARKER = '<!-- mlops-bot:incident {"model":"m","kind":"latency"} -->';
const bot = { login: "mlops-bot[bot]", type: "Bot" };
const person = { login: "octocat", type: "User" };

function octokit() {
  return new ProbotOctokit({
    auth: { token: "test" },
    retry: { enabled: false },
    throttle: { enabled: false },
  });
}

test("the routes it calls are GitHub's, `since` included", () => {
  expectRestRoute("GET", "/repos/{owner}/{repo}/issues");
  expectRestRoute("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments");
});

test("listAppIssues: every app issue with the marker updated since the time, open and closed, with its state", async () => {
  const next = "https://api.github.com/repositories/1/issues?page=2";
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/issues")
    .query({
      labels: "ml-monitoring",
      state: "all",
      since: "2026-10-29T09:30:00.000Z",
      sort: "created",
      direction: "asc",
      per_page: "100",
    })
    .reply(
      200,
      [
        { number: 3, node_id: "I_3", state: "closed", body: MARKER, user: bot },
        { number: 4, node_id: "I_4", state: "open", body: MARKER, user: person },
      ],
      { link: `<${next}>; rel="next"` },
    )
    .get("/repositories/1/issues")
    .query({ page: "2" })
    .reply(200, [{ number: 7, node_id: "I_7", state: "open", body: `x\n${MARKER}`, user: bot }]);
  const list = { owner: "acme", repo: "models", label: "ml-monitoring", state: "all" } as const;
  expect(
    await listAppIssues(octokit(), { ...list, since: "2026-10-29T09:30:00.000Z" }, MARKER),
  ).toEqual([
    { number: 3, nodeId: "I_3", body: MARKER, state: "closed" },
    { number: 7, nodeId: "I_7", body: `x\n${MARKER}`, state: "open" },
  ]);
  expect(scope.isDone()).toBe(true);
});

test("listAppComments: the comments not by people, every page", async () => {
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/issues/9/comments")
    .query({ per_page: "100" })
    .reply(200, [
      { id: 1, body: "<!-- mlops-bot:x -->", user: bot },
      { id: 2, body: "<!-- mlops-bot:x --> quoted", user: person },
      { id: 3, body: null, user: bot },
    ]);
  expect(
    await listAppComments(octokit(), { owner: "acme", repo: "models", issue_number: 9 }),
  ).toEqual([
    { id: 1, body: "<!-- mlops-bot:x -->" },
    { id: 3, body: "" },
  ]);
  expect(scope.isDone()).toBe(true);
});
