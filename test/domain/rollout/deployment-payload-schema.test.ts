import { describe, expect, test } from "vitest";
import { deploymentPayloadSchema } from "../../../src/domain/rollout/deployment-payload-schema.js";

const contract = {
  model: "fraud-detector",
  version: "2.3.0",
  rollout: 25,
  stable_version: "2.2.0",
  metrics: { accuracy: 0.931 },
  pull_request: 42,
};

describe("deploymentPayloadSchema", () => {
  test.each<[string, unknown]>([
    ["the contract's example", contract],
    ["a first rollout", { ...contract, stable_version: null }],
    [
      "a rollback with its comment and reason",
      { ...contract, rollout: 0, comment_id: 7, reason: "latency" },
    ],
    ["100%", { ...contract, rollout: 100, metrics: {} }],
  ])("accepts %s", (_name, payload) => {
    expect(deploymentPayloadSchema.safeParse(payload).success).toBe(true);
  });

  test.each<[string, unknown]>([
    ["rollout above 100", { ...contract, rollout: 101 }],
    ["rollout below 0", { ...contract, rollout: -1 }],
    ["rollout as a string", { ...contract, rollout: "25" }],
    ["missing stable_version", { ...contract, stable_version: undefined }],
    ["empty model", { ...contract, model: "" }],
    ["a metric that is not a number", { ...contract, metrics: { accuracy: "high" } }],
    [
      "a metric that is not finite",
      { ...contract, metrics: { accuracy: Number.POSITIVE_INFINITY } },
    ],
    ["pull_request 0", { ...contract, pull_request: 0 }],
    ["a fractional comment id", { ...contract, comment_id: 1.5 }],
    ["not an object", "fraud-detector"],
  ])("rejects %s", (_name, payload) => {
    expect(deploymentPayloadSchema.safeParse(payload).success).toBe(false);
  });
});
