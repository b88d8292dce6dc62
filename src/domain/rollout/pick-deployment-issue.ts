import { readCard } from "../cards/read-card.js";

/** The `ml-deployment` issue a PR closes, with the model and version its card names. */
export interface DeploymentIssue {
  number: number;
  nodeId: string;
  body: string;
  model: string;
  version: string;
}

/** Why no deployment issue can drive the rollout; `message` is plain text with the fix. */
export interface NoDeploymentIssue {
  ok: false;
  message: string;
}

/**
 * Picks, among the issues a PR closes, the `ml-deployment` issue of this repository whose card
 * names a Model and a Version (`model`, when given, must match: a rollback looks for its own
 * model's card). The first such issue wins; one that lacks either answer is named in the fix.
 */
export function pickDeploymentIssue(
  closing: ReadonlyArray<{
    nodeId: string;
    number: number;
    body: string;
    repo: string;
    labels: string[];
  }>,
  options: { repo: string; label: string; prNumber: number; model?: string },
): ({ ok: true } & DeploymentIssue) | NoDeploymentIssue {
  const candidates = closing.filter(
    (issue) =>
      issue.repo.toLowerCase() === options.repo.toLowerCase() &&
      issue.labels.some((l) => l.toLowerCase() === options.label.toLowerCase()),
  );
  for (const issue of candidates) {
    const answers = readCard(issue.body)?.answers ?? [];
    const answer = (label: string) =>
      (answers.find((a) => a.label.trim().toLowerCase() === label)?.value.trim() ?? "").split(
        "\n",
      )[0] ?? "";
    const model = answer("model");
    const version = answer("version").replace(/^v(?=\d)/, "");
    if (model && version && (options.model === undefined || options.model === model))
      return {
        ok: true,
        number: issue.number,
        nodeId: issue.nodeId,
        body: issue.body,
        model,
        version,
      };
  }
  const first = candidates[0];
  if (first && options.model === undefined)
    return {
      ok: false,
      message: `The ${options.label} issue #${first.number} names no Model and Version. Fill in both answers of its card (### Model and ### Version), then type the command again.`,
    };
  return {
    ok: false,
    message: `PR #${options.prNumber} closes no ${options.label} issue. Add "Closes #<issue>" for the deployment issue to the PR description.`,
  };
}
