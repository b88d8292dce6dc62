import type { LabelsClient, LabelsRepo } from "./labels-client.js";

/** Every label name of the repository, all pages read (a repository can have hundreds). */
export async function listLabelNames(octokit: LabelsClient, repo: LabelsRepo): Promise<string[]> {
  const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
    ...repo,
    per_page: 100,
  });
  return labels.map((label) => label.name);
}
