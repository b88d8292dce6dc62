import type { SimContext } from "../sim-context.js";
import type { LabelRecord, RepoRecord } from "../store/records.js";

/** GitHub's `label` shape. */
export function serializeLabel(
  ctx: SimContext,
  repo: RepoRecord,
  label: LabelRecord,
): Record<string, unknown> {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${ctx.urls.api}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

/** The labels of an issue, in the order they were added, as `label` objects. */
export function serializeIssueLabels(
  ctx: SimContext,
  repo: RepoRecord,
  names: string[],
): Array<Record<string, unknown>> {
  return names.flatMap((name) => {
    const label = repo.labels.get(name.toLowerCase());
    return label ? [serializeLabel(ctx, repo, label)] : [];
  });
}
