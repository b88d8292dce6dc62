import { expect, test } from "vitest";
import { alertMarkers, readRetrainingLink } from "../../../src/domain/alerts/alert-markers.js";

test("a marker never ends its HTML comment early, whatever the model's name", () => {
  expect(alertMarkers.incident("a --> b", "latency")).toBe(
    '<!-- mlops-bot:incident {"model":"a \\u002d\\u002d\\u003e b","kind":"latency"} -->',
  );
  expect(alertMarkers.delivery("x-->y").match(/-->/g)).toHaveLength(1);
});

test("the retraining link names its issue, and reads back", () => {
  const comment = `${alertMarkers.retrainingLink(12)}\nRetraining: #12`;
  expect(readRetrainingLink(comment)).toBe(12);
  expect(readRetrainingLink("Retraining: #12")).toBeNull();
});
