import nock from "nock";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import app from "../../../src/index.js";
import { FIND_CARD_ITEM } from "../../../src/github/projects/find-card-item.js";
import { createTestProbot } from "../../helpers/probot.js";
import {
  BOT,
  alertPayload,
  boardFound,
  comments,
  commonRequests,
  graphql,
  openIncidents,
  recentIncidents,
} from "./wire-fixtures.js";

const MARKER = '<!-- mlops-bot:incident {"model":"fraud\\u002ddetector","kind":"latency"} -->';
const MARK_1 = '<!-- mlops-bot:alert-delivery "delivery\\u002d1" -->';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-02T09:30:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

const latency = () =>
  alertPayload({
    model: "fraud-detector",
    kind: "latency",
    metric: "latency_p95_ms",
    value: 81.5,
    threshold: 50,
  });

/** Incident #9 is on board 7 already. */
function cardThere(scope: nock.Scope) {
  boardFound(scope);
  graphql(
    scope,
    FIND_CARD_ITEM,
    { contentId: "I_9", cursor: null },
    {
      node: {
        projectItems: {
          nodes: [{ id: "PVTI_9", project: { id: "PVT_7" }, fieldValues: { nodes: [] } }],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    },
  );
}

test("the first alert redelivered after its incident was closed: found among the incidents closed lately, nothing written", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  commonRequests(scope);
  recentIncidents(scope, [
    { number: 9, node_id: "I_9", state: "closed", body: `${MARKER}\n${MARK_1}`, user: BOT },
  ]);
  // No open incident: without the closed one's mark this delivery would open a second one.
  openIncidents(scope, []);
  cardThere(scope);

  await probot.receive({
    id: "delivery-1",
    name: "repository_dispatch",
    payload: latency(),
  } as never);
  expect(scope.isDone()).toBe(true);
});

test("a repeat redelivered after its incident was closed and a new one opened: its comment on the closed one is found, nothing written", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  commonRequests(scope);
  recentIncidents(scope, [
    { number: 9, node_id: "I_9", state: "closed", body: `${MARKER}\n${MARK_1}`, user: BOT },
    { number: 12, node_id: "I_12", state: "open", body: `${MARKER}\nanother`, user: BOT },
  ]);
  comments(scope, 12);
  const mark2 = '<!-- mlops-bot:alert-delivery "delivery\\u002d2" -->';
  comments(scope, 9, [{ id: 90, body: `${mark2}\n🔁 Alert again …`, user: BOT }]);
  cardThere(scope);

  await probot.receive({
    id: "delivery-2",
    name: "repository_dispatch",
    payload: latency(),
  } as never);
  expect(scope.isDone()).toBe(true);
});
