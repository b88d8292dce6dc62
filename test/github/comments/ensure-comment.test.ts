import nock from "nock";
import { ProbotOctokit } from "probot";
import { expect, test } from "vitest";
import { ensureComment, MAX_COMMENT_LENGTH } from "../../../src/github/comments/ensure-comment.js";
import { findComment } from "../../../src/github/comments/find-comment.js";
import { expectRestRoute } from "../../helpers/openapi.js";

const target = { owner: "acme", repo: "models", issue_number: 42 };
const MARKER = "<!-- mlops-bot:metrics -->";
const LIST = "/repos/acme/models/issues/42/comments";
const bot = { login: "mlops-bot[bot]", type: "Bot" };
const person = { login: "octocat", type: "User" };

/** An installation-token client like `context.octokit`, without retries or throttling. */
function octokit() {
  return new ProbotOctokit({
    auth: { token: "test" },
    retry: { enabled: false },
    throttle: { enabled: false },
  });
}

test("the routes it calls are GitHub's", () => {
  expectRestRoute("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments");
  expectRestRoute("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments");
  expectRestRoute("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}");
});

test("created: no comment carries the marker", async () => {
  const body = `${MARKER}\n### Metrics`;
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query({ per_page: "100" })
    .reply(200, [{ id: 1, body: "LGTM", user: person }])
    .post(LIST, { body })
    .reply(201, { id: 7, body });
  expect(await ensureComment(octokit(), target, MARKER, body)).toEqual({
    action: "created",
    id: 7,
  });
  expect(scope.isDone()).toBe(true);
});

test("updated: the marked comment's text differs", async () => {
  const body = `${MARKER}\n### Metrics v2`;
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query({ per_page: "100" })
    .reply(200, [{ id: 5, body: `${MARKER}\n### Metrics v1`, user: bot }])
    .patch("/repos/acme/models/issues/comments/5", { body })
    .reply(200, { id: 5, body });
  expect(await ensureComment(octokit(), target, MARKER, body)).toEqual({
    action: "updated",
    id: 5,
  });
  expect(scope.isDone()).toBe(true);
});

test("unchanged: the same text writes nothing (a redelivered webhook)", async () => {
  const body = `${MARKER}\n### Metrics`;
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query({ per_page: "100" })
    .reply(200, [{ id: 5, body, user: bot }]);
  expect(await ensureComment(octokit(), target, MARKER, body)).toEqual({
    action: "unchanged",
    id: 5,
  });
  expect(scope.isDone()).toBe(true);
});

test("the marker is found on page 2 by following the Link header", async () => {
  const next = "https://api.github.com/repositories/1/issues/42/comments?per_page=100&page=2";
  const firstPage = Array.from({ length: 100 }, (_, i) => ({
    id: 100 + i,
    body: `comment ${i}`,
    user: person,
  }));
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query({ per_page: "100" })
    .reply(200, firstPage, { link: `<${next}>; rel="next", <${next}>; rel="last"` })
    .get("/repositories/1/issues/42/comments")
    .query({ per_page: "100", page: "2" })
    .reply(200, [{ id: 900, body: `${MARKER}\nold`, user: bot }])
    .patch("/repos/acme/models/issues/comments/900", { body: `${MARKER}\nnew` })
    .reply(200, { id: 900 });
  expect(await ensureComment(octokit(), target, MARKER, `${MARKER}\nnew`)).toEqual({
    action: "updated",
    id: 900,
  });
  expect(scope.isDone()).toBe(true);
});

test("findComment stops at the first page with a match and returns the oldest match", async () => {
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query({ per_page: "100" })
    .reply(
      200,
      [
        { id: 3, body: `${MARKER} first`, user: bot },
        { id: 4, body: `${MARKER} second`, user: bot },
      ],
      {
        link: '<https://api.github.com/repositories/1/issues/42/comments?per_page=100&page=2>; rel="next"',
      },
    );
  expect(await findComment(octokit(), target, MARKER)).toEqual({ id: 3, body: `${MARKER} first` });
  expect(scope.isDone()).toBe(true);
});

test("a person's comment that quotes the marker is not taken for the app's", async () => {
  const body = `${MARKER}\n### Metrics`;
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query({ per_page: "100" })
    .reply(200, [{ id: 2, body: `> ${body}`, user: person }])
    .post(LIST, { body })
    .reply(201, { id: 8 });
  expect(await ensureComment(octokit(), target, MARKER, body)).toEqual({
    action: "created",
    id: 8,
  });
  expect(scope.isDone()).toBe(true);
});

test("a body without the marker gets it first, so the next lookup finds it", async () => {
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(LIST, { body: `${MARKER}\nhello` })
    .reply(201, { id: 9 });
  expect(await ensureComment(octokit(), target, MARKER, "hello")).toEqual({
    action: "created",
    id: 9,
  });
  expect(scope.isDone()).toBe(true);
});

test("a body at GitHub's limit is posted as is; a longer one is shortened, saying so", async () => {
  const atLimit = MARKER + "x".repeat(MAX_COMMENT_LENGTH - MARKER.length);
  const rows = Array.from({ length: 10_000 }, (_, i) => `| row ${i} | too much |`).join("\n");
  const long = `${MARKER}\n${rows}`;
  let posted = "";
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(LIST, { body: atLimit })
    .reply(201, { id: 10 })
    .get(LIST)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(LIST, (body: { body: string }) => {
      posted = body.body;
      return true;
    })
    .reply(201, { id: 11 });
  expect(MAX_COMMENT_LENGTH).toBe(65536);
  expect(await ensureComment(octokit(), target, MARKER, atLimit)).toEqual({
    action: "created",
    id: 10,
  });
  expect(await ensureComment(octokit(), target, MARKER, long)).toEqual({
    action: "created",
    id: 11,
  });
  expect(posted.length).toBeLessThanOrEqual(65_536);
  expect(posted.startsWith(`${MARKER}\n| row 0 | too much |\n`)).toBe(true);
  expect(
    posted.endsWith(
      "| too much |\n\n_mlops-bot shortened this message to fit GitHub's limit of 65,536 characters; the rest is left out._\n",
    ),
  ).toBe(true);
  expect(scope.isDone()).toBe(true);
});

test("a shortened comment is left alone on redelivery: the same text is cut the same way", async () => {
  const long = `${MARKER}\n${"| a | b |\n".repeat(10_000)}`;
  const once = await (async () => {
    let posted = "";
    const scope = nock("https://api.github.com")
      .get(LIST)
      .query({ per_page: "100" })
      .reply(200, [])
      .post(LIST, (body: { body: string }) => {
        posted = body.body;
        return true;
      })
      .reply(201, { id: 12 });
    await ensureComment(octokit(), target, MARKER, long);
    expect(scope.isDone()).toBe(true);
    return posted;
  })();
  const scope = nock("https://api.github.com")
    .get(LIST)
    .query({ per_page: "100" })
    .reply(200, [{ id: 12, body: once, user: bot }]);
  expect(await ensureComment(octokit(), target, MARKER, long)).toEqual({
    action: "unchanged",
    id: 12,
  });
  expect(scope.isDone()).toBe(true);
});

test("an empty marker is refused: it would match every comment", async () => {
  await expect(ensureComment(octokit(), target, " ", "hello")).rejects.toThrow(/non-empty marker/);
});

test("a comment the caller already found is not looked up again", async () => {
  const body = `${MARKER}\n### Metrics v2`;
  const scope = nock("https://api.github.com")
    .patch("/repos/acme/models/issues/comments/5", { body })
    .reply(200, { id: 5, body });
  const found = { id: 5, body: `${MARKER}\n### Metrics v1` };
  expect(await ensureComment(octokit(), target, MARKER, body, found)).toEqual({
    action: "updated",
    id: 5,
  });
  expect(await ensureComment(octokit(), target, MARKER, body, { id: 5, body })).toEqual({
    action: "unchanged",
    id: 5,
  });
  expect(scope.isDone()).toBe(true);
});

test("null from the caller means none exists: created without a lookup", async () => {
  const scope = nock("https://api.github.com")
    .post(LIST, { body: `${MARKER}\nhello` })
    .reply(201, { id: 11 });
  expect(await ensureComment(octokit(), target, MARKER, "hello", null)).toEqual({
    action: "created",
    id: 11,
  });
  expect(scope.isDone()).toBe(true);
});
