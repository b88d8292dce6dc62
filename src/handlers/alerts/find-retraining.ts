import type { IssuesListClient } from "./find-incident.js";

/**
 * The oldest retraining issue the app opened for an incident (its body carries `marker`), open
 * or closed, or null. Asked when the incident has no link comment (a delivery that failed
 * between opening the retraining issue and linking it) and right after opening one (another
 * replica may have opened one at the same moment: the oldest stands everywhere).
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
    sort: "created",
    direction: "asc",
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
