import { expect, test } from "vitest";
import { deploymentPayloadSchema } from "../../../src/domain/rollout/deployment-payload-schema.js";

const rollback = {
  model: "fraud-detector",
  version: "2.5.0",
  rollout: 0,
  stable_version: "2.4.0",
  metrics: { accuracy: 0.93 },
  pull_request: 42,
  reason: "data drift alert",
};

test("an automatic rollback keeps the alert's delivery id, so a redelivery finds it", () => {
  const delivery = "72d3162e-cc78-11e3-81ab-4c9367dc0958";
  expect(deploymentPayloadSchema.parse({ ...rollback, alert_delivery: delivery })).toEqual({
    ...rollback,
    alert_delivery: delivery,
  });
});

test("alert_delivery is optional, and never empty or a number", () => {
  expect(deploymentPayloadSchema.safeParse(rollback).success).toBe(true);
  expect(deploymentPayloadSchema.safeParse({ ...rollback, alert_delivery: "" }).success).toBe(
    false,
  );
  expect(deploymentPayloadSchema.safeParse({ ...rollback, alert_delivery: 7 }).success).toBe(false);
});
