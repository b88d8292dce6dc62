import { expect, test } from "vitest";
import { formatInstant } from "../../src/render/render-rollout-instant.js";
import { renderRolloutLive } from "../../src/render/render-rollout-live.js";

const rows = [
  {
    model: "fraud-detector",
    version: "2.4.0",
    share: 95,
    since: "2026-10-01T09:00:00Z",
    deploymentId: 1000,
  },
  {
    model: "fraud-detector",
    version: "2.5.0",
    share: 5,
    since: "2026-10-01T13:30:05Z",
    deploymentId: 1001,
  },
];

test("the versions live at the instant, with shares, since when and the deployment", () => {
  expect(
    renderRolloutLive({
      command: "/mlops live --at 2026-10-01T14:00:00.000Z",
      environment: "production",
      at: "2026-10-01 14:00 UTC",
      assumedUtc: true,
      rows,
      count: 2,
    }),
  ).toBe(
    [
      "> /mlops live --at 2026-10-01T14:00:00.000Z",
      "",
      "### Live in production at 2026-10-01 14:00 UTC",
      "",
      "The time had no zone, so it was read as UTC.",
      "",
      "| Model | Version | Traffic | Since | Deployment |",
      "| :-- | :-- | --: | :-- | --: |",
      "| fraud-detector | v2.4.0 | 95% | 2026-10-01 09:00 UTC | 1000 |",
      "| fraud-detector | v2.5.0 | 5% | 2026-10-01 13:30:05 UTC | 1001 |",
      "",
      "From GitHub's deployments of production and their statuses (2 deployments read).",
    ].join("\n"),
  );
});

test("nothing live: says so for that environment, with no table", () => {
  const text = renderRolloutLive({
    command: "/mlops live --env staging",
    environment: "staging",
    at: "2026-11-02 15:05 UTC",
    assumedUtc: false,
    rows: [],
    count: 0,
  });
  expect(text).toContain("Nothing that mlops-bot deployed served staging at that time.");
  expect(text).not.toContain("| Model |");
  expect(text).not.toContain("read as UTC");
});

test("an environment name from the command is escaped", () => {
  const text = renderRolloutLive({
    command: "/mlops live --env a|b",
    environment: "a|b",
    at: "2026-11-02 15:05 UTC",
    assumedUtc: false,
    rows: [],
    count: 0,
  });
  expect(text).toContain("### Live in a\\|b at");
});

test("instants read as UTC minutes, seconds only when not zero", () => {
  expect(formatInstant("2026-10-01T14:00:00.000Z")).toBe("2026-10-01 14:00 UTC");
  expect(formatInstant("2026-10-01T16:00:30+02:00")).toBe("2026-10-01 14:00:30 UTC");
  expect(formatInstant("not a time")).toBe("not a time");
});

test("a time that has not come: says it is in the future and answers for now", () => {
  const text = renderRolloutLive({
    command: "/mlops live --at 2999-01-01T00:00:00.000Z",
    environment: "production",
    at: "2026-11-02 15:05 UTC",
    assumedUtc: true,
    future: "2999-01-01T00:00:00.000Z",
    rows,
    count: 2,
  });
  expect(text.split("\n").slice(2, 8)).toEqual([
    "### Live in production at 2026-11-02 15:05 UTC",
    "",
    "2999-01-01 00:00 UTC is in the future, so this is what is live now.",
    "",
    "The time had no zone, so it was read as UTC.",
    "",
  ]);
});
