import { expect, test } from "vitest";
import { alertMarkers, readRetrainingLink } from "../../../src/domain/alerts/alert-markers.js";
import { matchIncident } from "../../../src/domain/alerts/match-incident.js";

const marker = alertMarkers.incident("fraud-detector", "latency");
const issue = (number: number, body: string, authorType = "Bot", isPullRequest = false) => ({
  number,
  nodeId: `I_${number}`,
  body,
  authorType,
  isPullRequest,
});

test("a marker never ends its HTML comment early, whatever the model's name", () => {
  expect(alertMarkers.incident("a --> b", "latency")).toBe(
    '<!-- mlops-bot:incident {"model":"a \\u002d\\u002d\\u003e b","kind":"latency"} -->',
  );
  expect(alertMarkers.delivery("x-->y").match(/-->/g)).toHaveLength(1);
});

test("the incident is the app's oldest open issue with the model-and-kind marker", () => {
  const candidates = [
    issue(7, `${marker}\nlater copy`),
    issue(2, `copied by a person ${marker}`, "User"),
    issue(3, `${marker} on a PR`, "Bot", true),
    issue(5, marker),
    issue(4, alertMarkers.incident("fraud-detector", "data_drift")),
  ];
  expect(matchIncident(candidates, { model: "fraud-detector", kind: "latency" })?.number).toBe(5);
  expect(matchIncident(candidates, { model: "fraud-detector", kind: "error_rate" })).toBeNull();
  expect(matchIncident(candidates, { model: "fraud", kind: "latency" })).toBeNull();
});

test("the retraining link names its issue, and reads back", () => {
  const comment = `${alertMarkers.retrainingLink(12)}\nRetraining: #12`;
  expect(readRetrainingLink(comment)).toBe(12);
  expect(readRetrainingLink("Retraining: #12")).toBeNull();
});
