import { expect, test } from "vitest";
import { reachedSteps } from "../../../src/domain/rollout/reached-steps.js";
import { deployment } from "./history.js";

const scope = {
  environment: "production",
  model: "fraud-detector",
  version: "2.4.0",
  now: new Date("2026-10-10T00:00:00Z"),
};
const step = (id: number, version: string, rollout: number, failed = false) =>
  deployment(id, `2026-10-0${id}T10:00:00Z`, { version, rollout }, [
    [failed ? "failure" : "success", `2026-10-0${id}T10:05:00Z`],
  ]);

test.each<[string, ReturnType<typeof step>[], number[]]>([
  ["none yet", [step(1, "2.3.0", 100)], []],
  [
    "5% then 25% then 100%",
    [step(1, "2.4.0", 5), step(2, "2.4.0", 25), step(3, "2.4.0", 100)],
    [5, 25, 100],
  ],
  ["a failed step did not happen", [step(1, "2.4.0", 5), step(2, "2.4.0", 50, true)], [5]],
  [
    "a rollback starts again",
    [step(1, "2.4.0", 25), step(2, "2.4.0", 0), step(3, "2.4.0", 5)],
    [5],
  ],
  ["another version at 100% starts again", [step(1, "2.4.0", 100), step(2, "2.5.0", 100)], []],
  ["another version's canary leaves it", [step(1, "2.4.0", 100), step(2, "2.5.0", 5)], [100]],
  [
    "later than now is not seen",
    [step(1, "2.4.0", 5), { ...step(2, "2.4.0", 25), createdAt: "2026-11-01T00:00:00Z" }],
    [5],
  ],
])("%s", (_name, history, expected) => {
  expect(reachedSteps(history, scope)).toEqual(expected);
});
