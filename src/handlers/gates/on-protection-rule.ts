import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import type { Config } from "../../config/schema.js";
import { readGates, type GatesClient } from "../../github/checks/read-gates.js";
import {
  answerProtectionRule,
  type ProtectionAnswer,
} from "../../github/protection/answer-protection-rule.js";
import { parseProtectionRequest } from "../../github/protection/parse-protection-request.js";
import {
  configErrorAnswer,
  otherEnvironmentAnswer,
  planProtectionAnswer,
} from "./plan-protection-answer.js";

/**
 * `deployment_protection_rule.requested`: a deploy job waits in an environment that names
 * the app as its custom protection rule. In `rollout.environment` the app approves when the
 * gates of `rollout.require` pass for the job's SHA and rejects naming each failing gate;
 * another environment is not the app's to judge, so the job is rejected with the fix rather
 * than left waiting. A redelivery finds the rule answered already (GitHub's 422) and changes
 * nothing.
 */
export async function onProtectionRule(
  context: Context<"deployment_protection_rule.requested">,
): Promise<void> {
  const parsed = parseProtectionRequest(context.payload);
  if (!parsed.ok) {
    context.log.warn({ problem: parsed.problem }, "deployment_protection_rule: cannot answer");
    return;
  }
  const { request } = parsed;
  const loaded = await loadConfig(context);
  const answer = loaded.ok
    ? await answerFor(context.octokit, request, loaded.config.rollout)
    : configErrorAnswer(request, loaded.error);
  const outcome = await answerProtectionRule(context.octokit, request, answer);
  context.log.info(
    { run: request.runId, environment: request.environment, state: answer.state, outcome },
    "deployment_protection_rule answered",
  );
}

/** The gates decide in the rollout environment; any other one gets the fix instead. */
async function answerFor(
  octokit: GatesClient,
  request: { owner: string; repo: string; environment: string; sha: string },
  rollout: Pick<Config["rollout"], "environment" | "require">,
): Promise<ProtectionAnswer> {
  if (request.environment !== rollout.environment)
    return otherEnvironmentAnswer(request, rollout.environment);
  return planProtectionAnswer(request, await readGates(octokit, request, rollout.require));
}
