import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import type { Config } from "../../config/schema.js";
import { readGates, type GatesClient, type GatesTarget } from "../../github/checks/read-gates.js";
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
import type { GatesDeps } from "./gates-deps.js";

/**
 * `deployment_protection_rule.requested`: a deploy job waits in an environment that names
 * the app as its custom protection rule. In `rollout.environment` the app approves when the
 * gates of `rollout.require` pass for the job's SHA and rejects naming each failing gate;
 * another environment is not the app's to judge, so the job is rejected with the fix rather
 * than left waiting. A redelivery finds the rule answered already (GitHub's 422) and changes
 * nothing. Only the app's own check runs count: a run of the same name by an Actions job
 * does not open the environment.
 */
export function onProtectionRule(deps: GatesDeps) {
  return async (context: Context<"deployment_protection_rule.requested">): Promise<void> => {
    const parsed = parseProtectionRequest(context.payload);
    if (!parsed.ok) {
      context.log.warn({ problem: parsed.problem }, "deployment_protection_rule: cannot answer");
      return;
    }
    const { request } = parsed;
    const loaded = await loadConfig(context);
    const answer = loaded.ok
      ? await answerFor(context.octokit, request, loaded.config, deps)
      : configErrorAnswer(request, loaded.error);
    const outcome = await answerProtectionRule(context.octokit, request, answer);
    context.log.info(
      { run: request.runId, environment: request.environment, state: answer.state, outcome },
      "deployment_protection_rule answered",
    );
  };
}

/** The gates decide in the rollout environment; any other one gets the fix instead. */
async function answerFor(
  octokit: GatesClient,
  request: Omit<GatesTarget, "appId"> & { environment: string },
  { rollout }: Pick<Config, "rollout">,
  deps: GatesDeps,
): Promise<ProtectionAnswer> {
  if (request.environment !== rollout.environment)
    return otherEnvironmentAnswer(request, rollout.environment);
  const target = { ...request, appId: await deps.appId() };
  return planProtectionAnswer(request, await readGates(octokit, target, rollout.require));
}
