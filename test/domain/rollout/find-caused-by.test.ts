import { expect, test } from "vitest";
import type { AppDeployment } from "../../../src/domain/rollout/deployment-record.js";
import { findCausedBy, type DeploymentCause } from "../../../src/domain/rollout/find-caused-by.js";
import { deployment, lifecycle } from "./history.js";

const alerted = [
  ...lifecycle,
  deployment(8, "2026-10-04T10:00:00Z", { version: "2.5.0", rollout: 5, comment_id: 801 }),
  deployment(9, "2026-10-04T11:00:00Z", { version: "2.5.0", rollout: 0, alert_delivery: "d-9" }),
];
// A redelivery that raced its first delivery: both made the step, the later one lost.
const raced = [
  deployment(21, "2026-10-05T10:00:01Z", { version: "3.0.0", rollout: 5, comment_id: 900 }, [
    ["error", "2026-10-05T10:00:02Z"],
  ]),
  deployment(20, "2026-10-05T10:00:00Z", { version: "3.0.0", rollout: 5, comment_id: 900 }),
];

test.each<[string, AppDeployment[], DeploymentCause, number | null]>([
  ["a redelivered /promote finds the step its comment made", lifecycle, { commentId: 502 }, 6],
  ["a redelivered /rollback finds its rollout: 0", lifecycle, { commentId: 503 }, 7],
  ["another comment made nothing", lifecycle, { commentId: 999 }, null],
  [
    "a redelivered alert finds the rollback its delivery made",
    alerted,
    { commentId: null, alertDelivery: "d-9" },
    9,
  ],
  ["another alert delivery made nothing", alerted, { commentId: null, alertDelivery: "d-1" }, null],
  [
    "with neither a comment nor a delivery, nothing is the cause",
    alerted,
    { commentId: null },
    null,
  ],
  [
    "a comment id is matched even when a delivery is given",
    alerted,
    { commentId: 801, alertDelivery: "d-9" },
    8,
  ],
  ["the oldest of two made by the same comment", raced, { commentId: 900 }, 20],
  ["no history", [], { commentId: 1 }, null],
])("%s", (_name, history, cause, id) => {
  expect(findCausedBy(history, cause)?.id ?? null).toBe(id);
});
