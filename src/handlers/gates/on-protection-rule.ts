import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { readGates } from "../../github/checks/read-gates.js";
import { answerProtectionRule } from "../../github/protection/answer-protection-rule.js";
import { parseProtectionRequest } from "../../github/protection/parse-protection-request.js";
import { configErrorAnswer, planProtectionAnswer } from "./plan-protection-answer.js";

/**
 * `deployment_protection_rule.requested`: a deploy job waits in an environment that names
 * the app as its custom protection rule. In `rollout.environment` the app approves when the
 * gates of `rollout.require` pass for the job's SHA and rejects naming each failing gate;
 * another environment is not the app's to judge (a log line). A redelivery finds the rule
 * answered already (GitHub's 422) and changes nothing.
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
  if (loaded.ok && request.environment !== loaded.config.rollout.environment) {
    context.log.info(
      { environment: request.environment, ours: loaded.config.rollout.environment },
      "deployment_protection_rule: not the rollout environment, left alone",
    );
    return;
  }
  const answer = loaded.ok
    ? planProtectionAnswer(
        request,
        await readGates(context.octokit, request, loaded.config.rollout.require),
      )
    : configErrorAnswer(request, loaded.error);
  const outcome = await answerProtectionRule(context.octokit, request, answer);
  context.log.info(
    { run: request.runId, environment: request.environment, state: answer.state, outcome },
    "deployment_protection_rule answered",
  );
}
