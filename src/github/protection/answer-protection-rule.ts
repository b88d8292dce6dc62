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
 * What a 422 of this route says when the rule was answered before (a redelivered event): the
 * run no longer waits for this app in that environment. GitHub does not document the words,
 * so only a message about the review being done already, or nothing pending, counts; any
 * other 422 (a comment GitHub refuses, an environment name it does not know) is a failure.
 */
const ALREADY_ANSWERED = /\balready\b|\bno (?:longer )?pending\b|\bnot (?:currently )?waiting\b/i;

function isAlreadyAnswered(error: unknown): boolean {
  const { status, response, message } = error as {
    status?: unknown;
    message?: unknown;
    response?: { data?: { message?: unknown } };
  };
  if (status !== 422) return false;
  const said = response?.data?.message ?? message;
  return typeof said === "string" && ALREADY_ANSWERED.test(said);
}

/**
 * Approves or rejects the app's custom deployment protection rule for a waiting run
 * (`POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule`). A 422
 * whose message says the rule was answered before (a redelivered event) is
 * "already answered"; every other error is thrown, since a job left unanswered waits for
 * up to 30 days.
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
    if (isAlreadyAnswered(error)) return "already-answered";
    throw error;
  }
}
