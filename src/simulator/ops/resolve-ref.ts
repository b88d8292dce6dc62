import type { SimContext } from "../sim-context.js";
import type { RepoRecord } from "../store/records.js";

/**
 * The commit SHA a ref names in a repository: a branch (also `refs/heads/x`), a full
 * SHA of a commit the simulator knows (a branch head or any PR commit), else undefined.
 */
export function resolveRef(ctx: SimContext, repo: RepoRecord, ref: string): string | undefined {
  const branch = ref.replace(/^refs\/heads\//, "");
  const head = repo.branches.get(branch);
  if (head) return head;
  if (!/^[0-9a-f]{40}$/i.test(ref)) return undefined;
  const known = [...repo.issues.values()].some((i) => i.pull?.commits.includes(ref));
  const fromRuns = [...ctx.store.workflowRuns.values()].some(
    (r) => r.repo === `${repo.owner}/${repo.name}` && r.headSha === ref,
  );
  return known || fromRuns || [...repo.branches.values()].includes(ref) ? ref : undefined;
}
