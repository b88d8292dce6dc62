import { readClosingPulls } from "../../github/issues/read-closing-pulls.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput } from "./command-input.js";

/**
 * The PR a command acts on: the PR it was typed on, or the open PR that closes the deployment
 * issue it was typed on (the newest, when several do). Null message: none, with the fix.
 */
export async function resolvePull(
  context: AppContext,
  input: Pick<CommandInput, "owner" | "repo" | "thread" | "onPull">,
): Promise<{ ok: true; number: number } | { ok: false; message: string }> {
  if (input.onPull) return { ok: true, number: input.thread };
  const { owner, repo, thread: number } = input;
  const pulls = await readClosingPulls(context.octokit.graphql, { owner, repo, number });
  const newest = pulls.reduce<number | null>((n, pr) => Math.max(n ?? 0, pr.number), null);
  return newest === null
    ? {
        ok: false,
        message: `No open PR closes #${number}. Open the release PR with "Closes #${number}" in its description, then type the command there or here.`,
      }
    : { ok: true, number: newest };
}
