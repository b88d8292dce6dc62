import type { AppContext } from "../support/app-context.js";

/**
 * Closes an issue this delivery opened a moment after another replica opened the same one
 * (both looked, saw none, and created): says which issue it duplicates, so GitHub links them,
 * and closes it as not planned. The oldest issue wins on every replica alike.
 */
export async function closeDuplicate(
  context: AppContext,
  target: { owner: string; repo: string; issue_number: number },
  body: string,
): Promise<void> {
  await context.octokit.rest.issues.createComment({ ...target, body });
  await context.octokit.rest.issues.update({
    ...target,
    state: "closed",
    state_reason: "not_planned",
  });
  context.log.info({ issue: target.issue_number }, "duplicate alert issue closed");
}
