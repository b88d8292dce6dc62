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
  openIncidents,
  labelsListed,
  recentIncidents,
  retrainingIssues,
} from "./wire-fixtures.js";

const INCIDENT = '<!-- mlops-bot:incident {"model":"fraud\\u002ddetector","kind":"data_drift"} -->';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-02T09:30:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

test("a first drift alert with its own time: incident, retraining issue, the link comment, both cards", async () => {
  const { probot } = createTestProbot();
  await probot.load(app);
  const scope = nock("https://api.github.com");
  const sent: Record<string, unknown> = {};
  commonRequests(scope);
  recentIncidents(scope, []);
  openIncidents(scope, []);
  // Before the first issue: the labels, listed once (all there; the retraining issue needs no second look).
  labelsListed(scope);
  capture(scope, "/repos/acme/models/issues", sent, "incident", [
    201,
    { number: 9, node_id: "I_9" },
  ]);
  // The look after creating: no other replica opened one at the same moment.
  openIncidents(scope, [{ number: 9, node_id: "I_9", body: INCIDENT, user: BOT }]);
  // A new incident has no link comment (not read); no retraining issue left by a failed delivery.
  retrainingIssues(scope, []);
  capture(scope, "/repos/acme/models/issues", sent, "retraining", [
    201,
    { number: 10, node_id: "I_10" },
  ]);
  // The look after opening it: the only retraining issue for incident #9 is ours.
  retrainingIssues(scope, [
    { number: 10, node_id: "I_10", body: "…\n<!-- mlops-bot:retraining-for #9 -->\n", user: BOT },
  ]);
  // Both issues new from this delivery: the link is added without a look, the cards likewise.
  capture(scope, "/repos/acme/models/issues/9/comments", sent, "link", [201, { id: 90 }]);
  boardFound(scope);
  cardAdded(
    scope,
    "I_9",
    { status: "Monitoring", kind: "Incident", model: "fraud-detector", version: "2.4.0" },
    false,
  );
  cardAdded(
    scope,
    "I_10",
    { status: "Backlog", kind: "Retraining", model: "fraud-detector" },
    false,
  );

  await probot.receive({
    id: "delivery-7",
    name: "repository_dispatch",
    payload: alertPayload({
      model: "fraud-detector",
      kind: "data_drift",
      metric: "psi",
      value: 0.31,
      threshold: 0.2,
      environment: "production",
      at: "2026-11-02T10:17:41+01:00",
    }),
  } as never);

  expect(sent.incident).toEqual({
    title: "Incident: fraud-detector data drift in production",
    labels: ["ml-monitoring"],
    body: [
      INCIDENT,
      '<!-- mlops-bot:alert-delivery "delivery\\u002d7" -->',
      "## Incident: fraud-detector — data drift",
      "",
      "The monitoring reported data drift for fraud-detector in production.",
      "",
      "| | |",
      "| --- | --- |",
      "| Model | fraud-detector |",
      "| Kind | data drift |",
      "| Metric | psi |",
      "| Value | 0.31 (above the threshold 0.2) |",
      "| Environment | production |",
      "| Live at the alert | 2.4.0 (100%) |",
      // The monitoring's time, in UTC, not the receipt's (09:30).
      "| Alert time | 2026-11-02T09:17:41Z |",
      "| Link | _none given_ |",
      "",
      "While this issue is open, later alerts for this model and kind are added here as comments.",
      "Close it once resolved: the next alert then opens a new incident.",
      "",
    ].join("\n"),
  });
  expect(sent.retraining).toEqual({
    title: "Retrain fraud-detector after data drift (incident #9)",
    labels: ["ml-retraining"],
    body: [
      "<!-- mlops-bot:card experiment v1 -->",
      "## Experiment: Retrain fraud-detector after data drift (incident \\#9)",
      "",
      "### Hypothesis",
      "",
      '<!-- mlops-bot:answer "Hypothesis" -->',
      "Retraining fraud-detector on recent data brings psi back within its threshold (above 0.2: it was 0.31 at 2026-11-02T09:17:41Z, incident #9).",
      "<!-- mlops-bot:answer-end -->",
      "",
      "### Data",
      "",
      "#### Dataset",
      '<!-- mlops-bot:answer "Dataset" -->',
      "The last 7 days before the alert: 2026-10-26T09:17Z to 2026-11-02T09:17Z (production traffic).",
      "<!-- mlops-bot:answer-end -->",
      "",
      "### Model",
      "",
      '<!-- mlops-bot:answer "Model" -->',
      "fraud-detector",
      "<!-- mlops-bot:answer-end -->",
      "",
      "#### Baseline",
      '<!-- mlops-bot:answer "Baseline" -->',
      "2.4.0: the version live in production when the alert came; the retrained model must beat it.",
      "<!-- mlops-bot:answer-end -->",
      "",
      "### Results",
      "",
      "<!-- mlops-bot:results:start -->",
      "",
      "_mlops-bot fills this in when the evaluation workflow of a pull request that closes this issue reports its metrics._",
      "",
      "<!-- mlops-bot:results:end -->",
      "",
      "### Outcome",
      "",
      "- [ ] Promote to production",
      "- [ ] Iterate",
      "- [ ] Abandon",
      "",
      "### Notes",
      "",
      '<!-- mlops-bot:answer "Notes" -->',
      "Opened by mlops-bot for incident #9 (data drift).",
      "<!-- mlops-bot:answer-end -->",
      "",
      // The link back to the incident, after the card so the card's own marker stays first.
      "<!-- mlops-bot:retraining-for #9 -->",
      "",
    ].join("\n"),
  });
  expect(sent.link).toEqual({
    body: [
      "<!-- mlops-bot:incident-retraining #10 -->",
      "🔁 Retraining: #10 retrains fraud-detector on the last 7 days of data (2026-10-26T09:17Z to 2026-11-02T09:17Z); the version to beat is 2.4.0.",
      "",
    ].join("\n"),
  });
  expect(scope.isDone()).toBe(true);
});
