/**
 * Whether a PR's head branch lives outside `repository` (`owner/name`): GitHub says so
 * (`isCrossRepository`), the head repository is another one, or it is gone (`null`: a fork
 * deleted after the PR was opened, which is still a fork's code). Fields the answer lacks
 * (`undefined`) say nothing.
 */
export function isForkPull(
  pull: { crossRepository?: boolean; headRepository?: string | null },
  repository: string,
): boolean {
  if (pull.crossRepository === true || pull.headRepository === null) return true;
  const head = pull.headRepository;
  return head !== undefined && head.toLowerCase() !== repository.toLowerCase();
}
