import nock from "nock";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import app from "../../../src/index.js";
import { createTestProbot } from "../../helpers/probot.js";
import {
  BOT,
  alertPayload,
  boardFound,
  capture,
  cardAdded,
  commonRequests,
  deploymentHistory,
  openIncidents,
  labelsListed,
  recentIncidents,
  stableDeployment,
} from "./wire-fixtures.js";

const MARKER = '<!-- mlops-bot:incident {"model":"fraud\\u002ddetectr","kind":"latency"} -->';
const OWN_MARKER = '<!-- mlops-bot:incident {"model":"fraud\\u002ddetector","kind":"latency"} -->';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-02T09:30:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

const latency = (change: Record<string, unknown> = {}) =>
  alertPayload({
    model: "fraud-detector",
    kind: "latency",
    metric: "latency_p95_ms",
    value: 81.5,
    threshold: 50,
    ...change,
  });

/** The body of a latency incident, its table's last rows and what follows them given. */
function incidentBody(input: {
  marker: string;
  model: string;
  live: string;
  link: string;
  after: string[];
}) {
  return [
    input.marker,
    '<!-- mlops-bot:alert-delivery "delivery\\u002d1" -->',
    `## Incident: ${input.model} — latency`,
    "",
    `The monitoring reported latency for ${input.model} in production.`,
    "",
    "| | |",
    "| --- | --- |",
    `| Model | ${input.model} |`,
    "| Kind | latency |",
    "| Metric | latency\\_p95\\_ms |",
    "| Value | 81.5 (above the threshold 50) |",
    "| Environment | production |",
    `| Live at the alert | ${input.live} |`,
    "| Alert time | 2026-11-02T09:30:00Z |",
    `| Link | ${input.link} |`,
    ...input.after,
    "",
    "While this issue is open, later alerts for this model and kind are added here as comments.",
    "Close it once resolved: the next alert then opens a new incident.",
    "",
  ].join("\n");
}

/**
 * No incident touched lately nor open; ours is opened (no other replica's), and with a usable
 * config (`config` false: none) the labels are listed before it and it goes on the board.
 */
function incidentOpened(
  scope: nock.Scope,
  sent: Record<string, unknown>,
  marker: string,
  config = true,
) {
  recentIncidents(scope, []);
  openIncidents(scope, []);
  if (config) labelsListed(scope);
  capture(scope, "/repos/acme/models/issues", sent, "incident", [
    201,
    { number: 9, node_id: "I_9" },
  ]);
  openIncidents(scope, [{ number: 9, node_id: "I_9", body: marker, user: BOT }]);
  if (!config) return;
  boardFound(scope);
}

test("an alert for a model the app never deployed opens its incident, naming the models it knows; nothing rolled back", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  const sent: Record<string, unknown> = {};
  const ranker = {
    ...stableDeployment,
    id: 14,
    payload: { ...stableDeployment.payload, model: "ranker" },
  };
  commonRequests(scope, [stableDeployment, ranker]);
  incidentOpened(scope, sent, MARKER);
  cardAdded(
    scope,
    "I_9",
    { status: "Monitoring", kind: "Incident", model: "fraud-detectr" },
    false,
  );

  await probot.receive({
    id: "delivery-1",
    name: "repository_dispatch",
    payload: latency({ model: "fraud-detectr", url: "https://grafana.example/d/abc" }),
  } as never);

  expect(sent.incident).toEqual({
    title: "Incident: fraud-detectr latency in production",
    labels: ["ml-monitoring"],
    body: incidentBody({
      marker: MARKER,
      model: "fraud-detectr",
      live: "_no deployment recorded_",
      link: "[open the dashboard](https://grafana.example/d/abc)",
      after: [
        "",
        "**No deployment of fraud-detectr in production is recorded** by mlops-bot (a model that was live before the app was installed, or a misspelt name), so nothing was rolled back. The models it has deployed in production: fraud-detector, ranker.",
      ],
    }),
  });
  // No deployment was created: nock would have answered no POST /deployments.
  expect(scope.isDone()).toBe(true);
});

test("an alert whose url is not http(s): acted on, the link left out and the incident says so", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  const sent: Record<string, unknown> = {};
  commonRequests(scope);
  incidentOpened(scope, sent, OWN_MARKER);
  cardAdded(
    scope,
    "I_9",
    { status: "Monitoring", kind: "Incident", model: "fraud-detector", version: "2.4.0" },
    false,
  );

  await probot.receive({
    id: "delivery-1",
    name: "repository_dispatch",
    payload: latency({ url: "javascript:alert(document.cookie)" }),
  } as never);

  expect(sent.incident).toEqual({
    title: "Incident: fraud-detector latency in production",
    labels: ["ml-monitoring"],
    body: incidentBody({
      marker: OWN_MARKER,
      model: "fraud-detector",
      live: "2.4.0 (100%)",
      link: "_left out: the alert's link is not an http(s) URL_",
      after: [],
    }),
  });
  expect(JSON.stringify(sent.incident)).not.toContain("javascript");
  expect(scope.isDone()).toBe(true);
});

test("an invalid .github/mlops.yml: the incident opens with the defaults and names the error; no board", async () => {
  const { probot, log } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  const sent: Record<string, unknown> = {};
  scope.post("/app/installations/1/access_tokens").reply(200, { token: "t", permissions: {} });
  scope
    .get("/repos/acme/models/contents/.github%2Fmlops.yml")
    .reply(200, "alerts:\n  retrain_on: drift\nrollout:\n  steps: [5, 500]\n");
  scope.get("/app").reply(200, { slug: "mlops-bot" });
  deploymentHistory(scope);
  incidentOpened(scope, sent, OWN_MARKER, false);

  await probot.receive({
    id: "delivery-1",
    name: "repository_dispatch",
    payload: latency(),
  } as never);

  const body = (sent.incident as { body: string }).body;
  expect(body).toBe(
    incidentBody({
      marker: OWN_MARKER,
      model: "fraud-detector",
      live: "2.4.0 (100%)",
      link: "_none given_",
      after: [
        "",
        "### ⚠️ Handled with the default configuration",
        "",
        "**.github/mlops.yml** has 2 problems, so this alert was handled with the defaults (labels, `alerts.retrain_on`, `rollout.environment` and `rollout.auto_rollback: true`), and its issues are not put on the board.",
        "",
        "| Key | What was expected |",
        "| --- | --- |",
        "| rollout.steps\\[1\\] | expected a whole number from 1 to 100 (no % sign), got 500 |",
        '| alerts.retrain\\_on | expected a list such as \\[data\\_drift, model\\_drift\\], got "drift" |',
        "",
        "**To fix it**, edit **.github/mlops.yml** on the default branch so that each key above has a value of the expected kind; the next event after the fix uses it.",
      ],
    }),
  );
  // The label names are unknown: no label is listed or created (nock would have refused it).
  expect(log.lines.filter((l) => String(l.msg).startsWith("labels not ensured"))).toEqual([]);
  expect(scope.isDone()).toBe(true);
});
