import nock from "nock";
import { ProbotOctokit } from "probot";
import { expect, test } from "vitest";
import { findAppIssue } from "../../../src/github/issues/find-app-issue.js";
import { expectRestRoute } from "../../helpers/openapi.js";

const MARKER = "<!-- mlops-bot:retraining-for #7 -->";
const LIST = "/repos/acme/models/issues";
const bot = { login: "mlops-bot[bot]", type: "Bot" };
const otherBot = { login: "dependabot[bot]", type: "Bot" };
const person = { login: "octocat", type: "User" };
const list = { owner: "acme", repo: "models", label: "retraining", state: "all" } as const;

/** The exact query the lookup sends: the label, oldest first, 100 a page. */
const query = (state: string) => ({
  labels: "retraining",
  state,
  sort: "created",
  direction: "asc",
  per_page: "100",
});

/** An installation-token client like `context.octokit`, without retries or throttling. */
function octokit() {
  return new ProbotOctokit({
    auth: { token: "test" },
    retry: { enabled: false },
    throttle: { enabled: false },
  });
}

test("the route it calls is GitHub's", () => {
  expectRestRoute("GET", "/repos/{owner}/{repo}/issues");
});

test("the lowest-numbered app issue with the marker; pull requests and people's copies are skipped", async () => {
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query(query("all"))
    .reply(200, [
      { number: 3, node_id: "PR_3", body: MARKER, user: bot, pull_request: { url: "x" } },
      { number: 4, node_id: "I_4", body: `> ${MARKER}`, user: person },
      { number: 9, node_id: "I_9", body: `card\n${MARKER}`, user: bot },
      { number: 6, node_id: "I_6", body: `card\n${MARKER}\n`, user: bot },
      { number: 5, node_id: "I_5", body: null, user: bot },
    ]);
  expect(await findAppIssue(octokit(), list, MARKER)).toEqual({
    number: 6,
    nodeId: "I_6",
    body: `card\n${MARKER}\n`,
    state: "open",
  });
  expect(scope.isDone()).toBe(true);
});

test("state is sent as asked: open incidents only", async () => {
  const scope = nock("https://api.github.com").get(LIST).query(query("open")).reply(200, []);
  expect(await findAppIssue(octokit(), { ...list, state: "open" }, MARKER)).toBeNull();
  expect(scope.isDone()).toBe(true);
});

test("with a bot login, another bot's issue carrying the marker is not the app's", async () => {
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query(query("all"))
    .reply(200, [
      { number: 2, node_id: "I_2", body: MARKER, user: otherBot },
      { number: 8, node_id: "I_8", body: MARKER, user: bot },
    ]);
  expect(await findAppIssue(octokit(), list, MARKER, "mlops-bot[bot]")).toEqual({
    number: 8,
    nodeId: "I_8",
    body: MARKER,
    state: "open",
  });
  expect(scope.isDone()).toBe(true);
});

test("the match is found on page 2 by following the Link header", async () => {
  const next = "https://api.github.com/repositories/1/issues?labels=retraining&page=2";
  const firstPage = Array.from({ length: 100 }, (_, i) => ({
    number: 100 + i,
    node_id: `I_${100 + i}`,
    body: "someone else's",
    user: bot,
  }));
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query(query("all"))
    .reply(200, firstPage, { link: `<${next}>; rel="next", <${next}>; rel="last"` })
    .get("/repositories/1/issues")
    .query({ labels: "retraining", page: "2" })
    .reply(200, [{ number: 250, node_id: "I_250", body: MARKER, user: bot }]);
  expect(await findAppIssue(octokit(), list, MARKER)).toEqual({
    number: 250,
    nodeId: "I_250",
    body: MARKER,
    state: "open",
  });
  expect(scope.isDone()).toBe(true);
});
