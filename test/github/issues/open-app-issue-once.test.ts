import nock from "nock";
import { ProbotOctokit } from "probot";
import { expect, test } from "vitest";
import { openAppIssueOnce } from "../../../src/github/issues/open-app-issue-once.js";
import { expectRestRoute } from "../../helpers/openapi.js";

const MARKER = "<!-- mlops-bot:incident x -->";
const LIST = "/repos/acme/models/issues";
const bot = { login: "mlops-bot[bot]", type: "Bot" };
const list = { owner: "acme", repo: "models", label: "incident", state: "open" } as const;
const query = {
  labels: "incident",
  state: "open",
  sort: "created",
  direction: "asc",
  per_page: "100",
};
const issue = {
  title: "Latency alert",
  body: `${MARKER}\nmine`,
  duplicateBody: (winner: number) => `Duplicate of #${winner}`,
};

/** An installation-token client like `context.octokit`, without retries or throttling. */
function octokit() {
  return new ProbotOctokit({
    auth: { token: "test" },
    retry: { enabled: false },
    throttle: { enabled: false },
  });
}

test("the routes it calls are GitHub's", () => {
  expectRestRoute("POST", "/repos/{owner}/{repo}/issues");
  expectRestRoute("GET", "/repos/{owner}/{repo}/issues");
  expectRestRoute("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments");
  expectRestRoute("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}");
});

test("ours is the oldest: it stands and nothing is closed", async () => {
  const scope = nock("https://api.github.com")
    .post(LIST, { title: "Latency alert", body: `${MARKER}\nmine`, labels: ["incident"] })
    .reply(201, { number: 10, node_id: "I_10" })
    .get(LIST)
    .query(query)
    .reply(200, [{ number: 10, node_id: "I_10", body: `${MARKER}\nmine`, user: bot }]);
  expect(await openAppIssueOnce(octokit(), list, MARKER, issue)).toEqual({
    issue: { number: 10, nodeId: "I_10", body: `${MARKER}\nmine`, state: "open" },
    closed: null,
  });
  expect(scope.isDone()).toBe(true);
});

test("another replica's older issue wins: ours says so and is closed as not planned", async () => {
  const scope = nock("https://api.github.com")
    .post(LIST, { title: "Latency alert", body: `${MARKER}\nmine`, labels: ["incident"] })
    .reply(201, { number: 10, node_id: "I_10" })
    .get(LIST)
    .query(query)
    .reply(200, [
      { number: 9, node_id: "I_9", body: `${MARKER}\ntheirs`, user: bot },
      { number: 10, node_id: "I_10", body: `${MARKER}\nmine`, user: bot },
    ])
    .post(`${LIST}/10/comments`, { body: "Duplicate of #9" })
    .reply(201, { id: 1 })
    .patch(`${LIST}/10`, { state: "closed", state_reason: "not_planned" })
    .reply(200, { number: 10 });
  expect(await openAppIssueOnce(octokit(), list, MARKER, issue)).toEqual({
    issue: { number: 9, nodeId: "I_9", body: `${MARKER}\ntheirs`, state: "open" },
    closed: 10,
  });
  expect(scope.isDone()).toBe(true);
});
