import type { AppLabel } from "../../domain/labels/app-labels.js";
import { planMissingLabels } from "../../domain/labels/plan-missing-labels.js";
import { createLabel } from "../../github/labels/create-label.js";
import type { LabelsClient, LabelsRepo } from "../../github/labels/labels-client.js";
import { listLabelNames } from "../../github/labels/list-label-names.js";

/**
 * One listing of the repository's labels, then a create for each wanted label it lacks,
 * one after another (never in parallel: GitHub's secondary limits punish bursts of
 * writes), each after `pace`. Returns the names created now.
 */
export async function ensureRepoLabels(
  octokit: LabelsClient,
  repo: LabelsRepo,
  wanted: readonly AppLabel[],
  pace: () => Promise<void>,
): Promise<string[]> {
  const missing = planMissingLabels(await listLabelNames(octokit, repo), wanted);
  const created: string[] = [];
  for (const label of missing) {
    await pace();
    const { name, color, description } = label;
    if ((await createLabel(octokit, repo, { name, color, description })) === "created")
      created.push(name);
  }
  return created;
}
