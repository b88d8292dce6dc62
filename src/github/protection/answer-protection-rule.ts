import type { ProbotOctokit } from "probot";

type Octokit = InstanceType<typeof ProbotOctokit>;

/** The part of Octokit this needs (Probot's `context.octokit` fits). */
export interface ProtectionClient {
  rest: { actions: Pick<Octokit["rest"]["actions"], "reviewCustomGatesForRun"> };
}

/** The app's answer to a deployment protection rule. */
export interface ProtectionAnswer {
  environment: string;
  state: "approved" | "rejected";
  comment: string;
}

/**
 * Approves or rejects the app's custom deployment protection rule for a waiting run
 * (`POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule`). GitHub
 * answers 422 once the rule has been answered (a redelivered event): that is
 * "already answered", not an error.
 */
export async function answerProtectionRule(
  octokit: ProtectionClient,
  target: { owner: string; repo: string; runId: number },
  answer: ProtectionAnswer,
): Promise<"answered" | "already-answered"> {
  try {
    await octokit.rest.actions.reviewCustomGatesForRun({
      owner: target.owner,
      repo: target.repo,
      run_id: target.runId,
      environment_name: answer.environment,
      state: answer.state,
      comment: answer.comment,
    });
    return "answered";
  } catch (error) {
    if ((error as { status?: unknown }).status === 422) return "already-answered";
    throw error;
  }
}
