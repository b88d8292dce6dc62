import type { LabelsClient, LabelsRepo } from "./labels-client.js";

/**
 * Adds one label to an issue (GitHub sends `issues.labeled`). The label should exist
 * already: this route would otherwise create it grey and without a description.
 */
export async function addIssueLabel(
  octokit: LabelsClient,
  issue: LabelsRepo & { issue_number: number },
  name: string,
): Promise<void> {
  await octokit.rest.issues.addLabels({ ...issue, labels: [name] });
}
