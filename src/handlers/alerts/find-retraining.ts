import type { IssuesListClient } from "./find-incident.js";

/**
 * The retraining issue the app opened for an incident (its body carries `marker`), open or
 * closed, or null. Only asked when the incident has no link comment: a delivery that failed
 * between opening the retraining issue and linking it.
 */
export async function findRetraining(
  octokit: IssuesListClient,
  target: { owner: string; repo: string; label: string },
  marker: string,
): Promise<{ number: number; nodeId: string } | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    labels: target.label,
    state: "all",
    per_page: 100,
  });
  for await (const { data } of pages) {
    const found = data.find(
      (issue) => issue.user?.type === "Bot" && (issue.body ?? "").includes(marker),
    );
    if (found) return { number: found.number, nodeId: found.node_id };
  }
  return null;
}
