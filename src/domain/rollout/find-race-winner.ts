import type { AppDeployment } from "./deployment-record.js";

/**
 * After creating a step, decides whether another replica made the same step at the same moment:
 * a deployment of the same model, version and percent in the same environment that did not
 * exist when the history was read (id above `seenUpTo`) and was created before ours (a lower
 * id: GitHub's ids grow). The lowest id wins on every replica alike, so exactly one of the
 * racing commands goes on. Returns the winner's id, or null when ours stands.
 */
export function findRaceWinner(
  recent: readonly AppDeployment[],
  ours: Pick<AppDeployment, "id" | "environment" | "payload">,
  seenUpTo: number,
): number | null {
  const rivals = recent.filter(
    (d) =>
      d.id > seenUpTo &&
      d.id < ours.id &&
      d.environment === ours.environment &&
      d.payload.model === ours.payload.model &&
      d.payload.version === ours.payload.version &&
      d.payload.rollout === ours.payload.rollout,
  );
  return rivals.reduce<number | null>((low, d) => (low === null || d.id < low ? d.id : low), null);
}
