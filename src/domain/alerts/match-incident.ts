import { alertMarkers } from "./alert-markers.js";

/** An issue as the list of open incidents returns it (the fields matched on). */
export interface IncidentCandidate {
  number: number;
  nodeId: string;
  body: string;
  /** `Bot` for the app; a person's issue that copies the marker is not an incident. */
  authorType: string;
  isPullRequest: boolean;
}

/**
 * The open incident for this model and kind among the open issues with the incident
 * label: the app's own issue carrying the marker; the oldest when there are several (a
 * race between replicas), so every replica picks the same one.
 */
export function matchIncident<T extends IncidentCandidate>(
  candidates: readonly T[],
  key: { model: string; kind: string },
): T | null {
  const marker = alertMarkers.incident(key.model, key.kind);
  const matches = candidates.filter(
    (c) => !c.isPullRequest && c.authorType === "Bot" && c.body.includes(marker),
  );
  return matches.sort((a, b) => a.number - b.number)[0] ?? null;
}
