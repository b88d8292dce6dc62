import nock from "nock";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import app from "../../../src/index.js";
import { configSchema } from "../../../src/config/schema.js";
import { appLabels } from "../../../src/domain/labels/app-labels.js";
import { FIND_CARD_ITEM } from "../../../src/github/projects/find-card-item.js";
import { renderLabelDescriptions } from "../../../src/render/render-label-descriptions.js";
import { expectRestRoute } from "../../helpers/openapi.js";
import { createTestProbot } from "../../helpers/probot.js";
import {
  BOT,
  alertPayload as dispatchPayload,
  boardFound,
  capture,
  cardAdded,
  comments,
  commonRequests,
  graphql,
  openIncidents,
  labelsListed,
  recentIncidents,
} from "./wire-fixtures.js";

const AT = new Date("2026-11-02T09:30:00Z");
const MARKER = '<!-- mlops-bot:incident {"model":"fraud\\u002ddetector","kind":"latency"} -->';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: AT });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A latency alert with no time of its own: the incident is dated by its receipt. */
const alertPayload = () =>
  dispatchPayload({
    model: "fraud-detector",
    kind: "latency",
    metric: "latency_p95_ms",
    value: 81.5,
    threshold: 50,
    url: "https://grafana.example/d/abc",
  });

test("a first latency alert: the incident issue with its exact body, then its card in Monitoring", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  commonRequests(scope);
  // None touched within the redelivery window, none open at all.
  recentIncidents(scope, []);
  openIncidents(scope, []);
  // The first issue the app opens in the repository (in this process): its labels first.
  labelsListed(scope);
  let created: unknown;
  scope
    .post("/repos/acme/models/issues", (body: unknown) => {
      created = body;
      return true;
    })
    .reply(201, { number: 9, node_id: "I_9" });
  // The look after creating: no other replica opened one at the same moment.
  openIncidents(scope, [{ number: 9, node_id: "I_9", body: MARKER, user: BOT }]);
  boardFound(scope);
  // A new issue cannot be on the board yet: added without a lookup.
  cardAdded(
    scope,
    "I_9",
    { status: "Monitoring", kind: "Incident", model: "fraud-detector", version: "2.4.0" },
    false,
  );

  await probot.receive({
    id: "delivery-1",
    name: "repository_dispatch",
    payload: alertPayload(),
  } as never);

  expect(created).toEqual({
    title: "Incident: fraud-detector latency in production",
    labels: ["ml-monitoring"],
    body: [
      MARKER,
      '<!-- mlops-bot:alert-delivery "delivery\\u002d1" -->',
      "## Incident: fraud-detector — latency",
      "",
      "The monitoring reported latency for fraud-detector in production.",
      "",
      "| | |",
      "| --- | --- |",
      "| Model | fraud-detector |",
      "| Kind | latency |",
      "| Metric | latency\\_p95\\_ms |",
      "| Value | 81.5 (above the threshold 50) |",
      "| Environment | production |",
      "| Live at the alert | 2.4.0 (100%) |",
      "| Alert time | 2026-11-02T09:30:00Z |",
      "| Link | [open the dashboard](https://grafana.example/d/abc) |",
      "",
      "While this issue is open, later alerts for this model and kind are added here as comments.",
      "Close it once resolved: the next alert then opens a new incident.",
      "",
    ].join("\n"),
  });
  expect(scope.isDone()).toBe(true);
});

test("a repeat alert while the incident is open: one comment with its exact body, no board work", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  commonRequests(scope);
  // The open incident was touched lately: one list finds it.
  recentIncidents(scope, [
    {
      number: 3,
      node_id: "I_3",
      state: "open",
      body: "an incident of a person, copying the marker\n" + MARKER,
      user: { login: "alice", type: "User" },
    },
    {
      number: 9,
      node_id: "I_9",
      state: "open",
      body: `${MARKER}\n<!-- mlops-bot:alert-delivery "delivery\\u002d1" -->`,
      user: BOT,
    },
  ]);
  scope
    .get("/repos/acme/models/issues/9/comments")
    .query({ per_page: "100" })
    .reply(200, [{ id: 1, body: "Looking into it.", user: { login: "alice", type: "User" } }]);
  let posted: unknown;
  scope
    .post("/repos/acme/models/issues/9/comments", (body: unknown) => {
      posted = body;
      return true;
    })
    .reply(201, { id: 2 });

  await probot.receive({
    id: "delivery-2",
    name: "repository_dispatch",
    payload: alertPayload(),
  } as never);

  expect(posted).toEqual({
    body: [
      '<!-- mlops-bot:alert-delivery "delivery\\u002d2" -->',
      "🔁 Alert again at 2026-11-02T09:30:00Z: latency\\_p95\\_ms is 81.5 (above the threshold 50) in production. [Open the dashboard](https://grafana.example/d/abc).",
      "",
    ].join("\n"),
  });
  expect(scope.isDone()).toBe(true);
});

test("the same delivery again: its mark is in the incident's body, nothing is written", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  commonRequests(scope);
  recentIncidents(scope, [
    {
      number: 9,
      node_id: "I_9",
      state: "open",
      body: `${MARKER}\n<!-- mlops-bot:alert-delivery "delivery\\u002d1" -->`,
      user: BOT,
    },
  ]);
  // A redelivery re-checks the board placement: the card is there already.
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
  await probot.receive({
    id: "delivery-1",
    name: "repository_dispatch",
    payload: alertPayload(),
  } as never);
  expect(scope.isDone()).toBe(true);
});

test("another replica opened the incident at the same moment: ours is closed as its duplicate, the alert goes on the older one", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  commonRequests(scope);
  recentIncidents(scope, []);
  openIncidents(scope, []);
  labelsListed(scope);
  scope.post("/repos/acme/models/issues").reply(201, { number: 10, node_id: "I_10" });
  const mine = `${MARKER}\n<!-- mlops-bot:alert-delivery "delivery\\u002d2" -->`;
  openIncidents(scope, [
    { number: 9, node_id: "I_9", body: `${MARKER}\nthe other replica's`, user: BOT },
    { number: 10, node_id: "I_10", body: mine, user: BOT },
  ]);
  expectRestRoute("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}");
  const sent: Record<string, unknown> = {};
  capture(scope, "/repos/acme/models/issues/10/comments", sent, "duplicate", [201, { id: 100 }]);
  scope
    .patch("/repos/acme/models/issues/10", (body: unknown) => {
      sent.close = body;
      return true;
    })
    .reply(200, { number: 10 });
  comments(scope, 9);
  capture(scope, "/repos/acme/models/issues/9/comments", sent, "repeat", [201, { id: 90 }]);

  await probot.receive({
    id: "delivery-2",
    name: "repository_dispatch",
    payload: alertPayload(),
  } as never);

  expect(sent).toEqual({
    duplicate: {
      body: "Duplicate of #9: another delivery of a latency alert for fraud-detector opened #9 at the same moment, so this issue is closed; follow #9.",
    },
    close: { state: "closed", state_reason: "not_planned" },
    repeat: {
      body: [
        '<!-- mlops-bot:alert-delivery "delivery\\u002d2" -->',
        "🔁 Alert again at 2026-11-02T09:30:00Z: latency\\_p95\\_ms is 81.5 (above the threshold 50) in production. [Open the dashboard](https://grafana.example/d/abc).",
        "",
      ].join("\n"),
    },
  });
  expect(scope.isDone()).toBe(true);
});

test("a repository without the app's labels: they are created, with colour and description, before the incident opens", async () => {
  const { probot, log } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  const order: string[] = [];
  commonRequests(scope);
  recentIncidents(scope, []);
  openIncidents(scope, []);
  // Only a label of the team's own: the app's eight are missing (GitHub would make them grey).
  labelsListed(scope, ["bug"]);
  const wanted = appLabels(configSchema.parse({}).labels, renderLabelDescriptions());
  for (const label of wanted)
    scope
      .post("/repos/acme/models/labels", (sent: unknown) => {
        expect(sent).toEqual({
          name: label.name,
          color: label.color,
          description: label.description,
        });
        order.push(label.name);
        return true;
      })
      .reply(201, {});
  scope
    .post("/repos/acme/models/issues", (body: { labels: string[] }) => {
      order.push(`issue ${body.labels.join(",")}`);
      return true;
    })
    .reply(201, { number: 9, node_id: "I_9" });
  openIncidents(scope, [{ number: 9, node_id: "I_9", body: MARKER, user: BOT }]);
  boardFound(scope);
  cardAdded(
    scope,
    "I_9",
    { status: "Monitoring", kind: "Incident", model: "fraud-detector", version: "2.4.0" },
    false,
  );

  await probot.receive({
    id: "delivery-1",
    name: "repository_dispatch",
    payload: alertPayload(),
  } as never);

  expect(order).toEqual([...wanted.map((l) => l.name), "issue ml-monitoring"]);
  expect(wanted.every((l) => /^[0-9a-f]{6}$/.test(l.color) && l.description !== "")).toBe(true);
  expect(log.lines.filter((l) => String(l.msg).startsWith("labels not ensured"))).toEqual([]);
  expect(scope.isDone()).toBe(true);
});
