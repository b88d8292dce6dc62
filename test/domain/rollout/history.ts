import type { DeploymentPayload } from "../../../src/domain/rollout/deployment-payload-schema.js";
import type {
  AppDeployment,
  DeploymentState,
} from "../../../src/domain/rollout/deployment-record.js";

export const BOT = "mlops-bot[bot]";

/** A deployment the app made, with its statuses given as [state, time] pairs. */
export function deployment(
  id: number,
  createdAt: string,
  payload: Partial<DeploymentPayload> & Pick<DeploymentPayload, "version" | "rollout">,
  statuses: Array<[DeploymentState, string]> = [["success", createdAt]],
  environment = "production",
): AppDeployment {
  return {
    id,
    createdAt,
    environment,
    creator: BOT,
    sha: `sha${id}`,
    payload: {
      model: "fraud-detector",
      stable_version: null,
      metrics: { accuracy: 0.9 },
      pull_request: 40,
      ...payload,
    },
    statuses: statuses.map(([state, at]) => ({ state, createdAt: at })),
  };
}

/**
 * 2.2.0 goes to 100% on Oct 1; 2.3.0 rolls out 5 → 25 → 100 on Oct 2 (PR 41); 2.4.0 rolls out
 * to 5 → 25 on Oct 3 (PR 42) and is rolled back. auto_inactive marked the older ones inactive.
 */
export const lifecycle: AppDeployment[] = [
  deployment(
    1,
    "2026-10-01T10:00:00Z",
    { version: "2.2.0", rollout: 100, metrics: { accuracy: 0.92 } },
    [
      ["in_progress", "2026-10-01T10:00:00Z"],
      ["success", "2026-10-01T10:05:00Z"],
      ["inactive", "2026-10-02T14:05:00Z"],
    ],
  ),
  deployment(2, "2026-10-02T10:00:00Z", {
    version: "2.3.0",
    rollout: 5,
    stable_version: "2.2.0",
    pull_request: 41,
  }),
  deployment(3, "2026-10-02T12:00:00Z", {
    version: "2.3.0",
    rollout: 25,
    stable_version: "2.2.0",
    pull_request: 41,
  }),
  deployment(4, "2026-10-02T14:00:00Z", {
    version: "2.3.0",
    rollout: 100,
    stable_version: "2.2.0",
    pull_request: 41,
    metrics: { accuracy: 0.93 },
  }),
  deployment(5, "2026-10-03T10:00:00Z", {
    version: "2.4.0",
    rollout: 5,
    stable_version: "2.3.0",
    pull_request: 42,
    comment_id: 501,
  }),
  deployment(6, "2026-10-03T12:00:00Z", {
    version: "2.4.0",
    rollout: 25,
    stable_version: "2.3.0",
    pull_request: 42,
    comment_id: 502,
  }),
  deployment(7, "2026-10-03T13:00:00Z", {
    version: "2.4.0",
    rollout: 0,
    stable_version: "2.3.0",
    pull_request: 42,
    comment_id: 503,
    reason: "latency p95 doubled",
  }),
];
