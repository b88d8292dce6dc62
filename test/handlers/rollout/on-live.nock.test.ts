import nock from "nock";
import { afterEach, expect, test, vi } from "vitest";
import app from "../../../src/index.js";
import { createTestProbot } from "../../helpers/probot.js";
import {
  appBasics,
  COMMENT_ID,
  commentPayload,
  history,
  listedDeployment,
  PR,
  recordWrites,
  REPO,
  stepPayload,
} from "./rollout-nock-fixtures.js";

const marker = `<!-- mlops-bot:command ${COMMENT_ID} -->`;

afterEach(() => {
  vi.useRealTimers();
});

/** The reactions and the reply of a read-only command. */
function replies(scope: nock.Scope) {
  scope
    .post(`${REPO}/issues/comments/${COMMENT_ID}/reactions`)
    .twice()
    .reply(201, { id: 1 })
    .get(`${REPO}/issues/${PR}/comments`)
    .query({ per_page: "100" })
    .reply(200, [])
    .post(`${REPO}/issues/${PR}/comments`)
    .reply(201, { id: 9 });
}

async function receive(body: string) {
  const { probot } = createTestProbot();
  await probot.load(app);
  await probot.receive({
    id: "l-1",
    name: "issue_comment",
    payload: commentPayload(body) as never,
  });
}

/** The reply's body. */
function replyOf(writes: ReturnType<typeof recordWrites>): string {
  const reply = writes.find((w) => w.request === `POST ${REPO}/issues/${PR}/comments`);
  return (reply?.body as { body: string }).body;
}

test("/mlops live --env <15,000 characters>: a short refusal, no history read", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  replies(scope);

  await receive(`/mlops live --env ${"e".repeat(15_000)}`);

  expect(scope.pendingMocks()).toEqual([]);
  expect(replyOf(writes)).toBe(
    [
      marker,
      `> /mlops live --env ${"e".repeat(300 - "/mlops live --env ".length - 1)}…`,
      "",
      "👎 **I could not read this command:** The --env value is 15,000 characters long; GitHub environment names have at most 255. Give the environment's name, like --env production.",
      "",
      "Type `/mlops help` for the commands.",
    ].join("\n"),
  );
});

test("/mlops live --at 0099-06-01T00:00Z is the year 99, quoted as such", async () => {
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  history(scope, [listedDeployment(1000, stepPayload("2.3.0", 100), "2026-10-01T09:00:00Z")], {
    1000: [{ state: "success", created_at: "2026-10-01T09:05:00Z" }],
  });
  replies(scope);

  await receive("/mlops live --at 0099-06-01T00:00Z");

  expect(scope.pendingMocks()).toEqual([]);
  expect(replyOf(writes)).toBe(
    [
      marker,
      "> /mlops live --at 0099-06-01T00:00:00.000Z",
      "",
      "### Live in production at 0099-06-01 00:00 UTC",
      "",
      "Nothing that mlops-bot deployed served production at that time.",
      "",
      "From GitHub's deployments of production and their statuses (1 deployments read).",
    ].join("\n"),
  );
});

test("/mlops live --at 2999-01-01: said to be in the future, answered for now", async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-02T15:05:00Z"));
  const scope = nock("https://api.github.com");
  const writes = recordWrites(scope);
  appBasics(scope);
  history(scope, [listedDeployment(1000, stepPayload("2.3.0", 100), "2026-10-01T09:00:00Z")], {
    1000: [{ state: "success", created_at: "2026-10-01T09:05:00Z" }],
  });
  replies(scope);

  await receive("/mlops live --at 2999-01-01");

  expect(scope.pendingMocks()).toEqual([]);
  expect(replyOf(writes)).toBe(
    [
      marker,
      "> /mlops live --at 2999-01-01T00:00:00.000Z",
      "",
      "### Live in production at 2026-11-02 15:05 UTC",
      "",
      "2999-01-01 00:00 UTC is in the future, so this is what is live now.",
      "",
      "The time had no zone, so it was read as UTC.",
      "",
      "| Model | Version | Traffic | Since | Deployment |",
      "| :-- | :-- | --: | :-- | --: |",
      "| fraud-detector | v2.3.0 | 100% | 2026-10-01 09:00 UTC | 1000 |",
      "",
      "From GitHub's deployments of production and their statuses (1 deployments read).",
    ].join("\n"),
  );
});
