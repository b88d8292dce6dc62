import { describe, expect, test } from "vitest";
import { appDeployments } from "../../../src/domain/rollout/app-deployments.js";
import type { DeploymentRecord } from "../../../src/domain/rollout/deployment-record.js";
import { BOT } from "./history.js";

const payload = {
  model: "m",
  version: "1.0.0",
  rollout: 5,
  stable_version: null,
  metrics: {},
  pull_request: 1,
};
const record = (
  id: number,
  creator: string,
  body: unknown,
  createdAt = "2026-10-01T10:00:00Z",
): DeploymentRecord => ({
  id,
  createdAt,
  environment: "production",
  creator,
  sha: "abc",
  payload: body,
  statuses: [],
});

describe("appDeployments", () => {
  test.each<[string, DeploymentRecord[], number[]]>([
    ["the app's own, payload parsed", [record(1, BOT, payload)], [1]],
    [
      "the bot login is matched without regard to case",
      [record(1, "MLOps-Bot[bot]", payload)],
      [1],
    ],
    [
      "a deploy job's deployment (other creator) does not count",
      [record(1, "github-actions[bot]", payload), record(2, "octocat", payload)],
      [],
    ],
    [
      "a payload that does not parse does not count",
      [record(1, BOT, {}), record(2, BOT, { ...payload, rollout: 150 }), record(3, BOT, null)],
      [],
    ],
    ["a payload given as a JSON string is read", [record(1, BOT, JSON.stringify(payload))], [1]],
    ["a payload string that is not JSON does not count", [record(1, BOT, "{not json")], []],
    [
      "oldest first, then by id within the same second",
      [
        record(3, BOT, payload, "2026-10-02T00:00:00Z"),
        record(2, BOT, payload),
        record(1, BOT, payload),
      ],
      [1, 2, 3],
    ],
  ])("%s", (_name, history, ids) => {
    expect(appDeployments(history, BOT).map((d) => d.id)).toEqual(ids);
  });

  test("unknown payload keys are dropped, the rest kept as typed", () => {
    const [kept] = appDeployments(
      [record(1, BOT, { ...payload, extra: true, comment_id: 9 })],
      BOT,
    );
    expect(kept?.payload).toEqual({ ...payload, comment_id: 9 });
  });
});
