import nock from "nock";
import { ProbotOctokit } from "probot";
import { expect, test } from "vitest";
import { commentOnce } from "../../../src/github/issues/comment-once.js";
import { ensureSummaryIssue } from "../../../src/github/issues/ensure-summary-issue.js";

const repo = { owner: "acme", repo: "models" };
const CLOSING =
  "\n\n_mlops-bot shortened this message to fit GitHub's limit of 65,536 characters; the rest is left out._\n";
/** 70,000 characters: GitHub would answer 422 and nothing would be written. */
const TOO_LONG = `<!-- mlops-bot:x -->\n${"| a row |\n".repeat(6_998)}`;

function octokit() {
  return new ProbotOctokit({
    auth: { token: "test" },
    retry: { enabled: false },
    throttle: { enabled: false },
  });
}

/** The exact body each adapter must post: the head of the text, cut at a line end, and the closing line. */
function shortened(): string {
  const head = TOO_LONG.slice(0, 65_536 - CLOSING.length - 4);
  return `${head.slice(0, head.lastIndexOf("\n"))}${CLOSING}`;
}

test("commentOnce posts a body over GitHub's limit shortened, saying so", async () => {
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/issues/5/comments")
    .query({ per_page: "100" })
    .reply(200, [])
    .post("/repos/acme/models/issues/5/comments", { body: shortened() })
    .reply(201, { id: 1 });
  expect(
    await commentOnce(octokit(), { ...repo, issue_number: 5 }, "<!-- mlops-bot:x -->", TOO_LONG),
  ).toBe(true);
  expect(shortened().length).toBeLessThanOrEqual(65_536);
  expect(scope.isDone()).toBe(true);
});

test("ensureSummaryIssue creates the summary with a first body over the limit shortened", async () => {
  const scope = nock("https://api.github.com")
    .get("/repos/acme/models/issues")
    .query({
      labels: "mlops-board",
      state: "all",
      sort: "created",
      direction: "asc",
      per_page: "1",
    })
    .reply(200, [])
    .post("/repos/acme/models/issues", {
      title: "MLOps board",
      body: shortened(),
      labels: ["mlops-board"],
    })
    .reply(201, { number: 3, node_id: "I_3" })
    .post("/graphql")
    .reply(200, { data: { pinIssue: { issue: { id: "I_3" } } } });
  expect(await ensureSummaryIssue(octokit(), repo, TOO_LONG)).toEqual({ number: 3, created: true });
  expect(scope.isDone()).toBe(true);
});
