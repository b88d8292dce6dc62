import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import type { Config } from "../../config/schema.js";
import { readGates, type GatesClient, type GatesTarget } from "../../github/checks/read-gates.js";
import {
  answerProtectionRule,
  type ProtectionAnswer,
} from "../../github/protection/answer-protection-rule.js";
import { parseProtectionRequest } from "../../github/protection/parse-protection-request.js";
import { findAppRollback } from "./find-app-rollback.js";
import {
  configErrorAnswer,
  otherEnvironmentAnswer,
  planProtectionAnswer,
  rollbackAnswer,
} from "./plan-protection-answer.js";
import type { GatesDeps } from "./gates-deps.js";

/**
 * `deployment_protection_rule.requested`: a deploy job waits in an environment that names
 * the app as its custom protection rule. A job carrying out one of the app's own rollbacks is
 * approved at once: a rollback is never held by the gates (nor by a broken config). In
 * `rollout.environment` the app approves when the gates of `rollout.require` pass for the job's
 * SHA and rejects naming each failing gate; another environment is not the app's to judge, so
 * the job is rejected with the fix rather than left waiting. A redelivery finds the rule
 * answered already (GitHub's 422 saying so) and changes nothing; any other failure is logged
 * at error level with the run id and fails the delivery, so it can be redelivered. Only the app's own check runs count: a
 * run of the same name by an Actions job does not open the environment.
 */
export function onProtectionRule(deps: GatesDeps) {
  return async (context: Context<"deployment_protection_rule.requested">): Promise<void> => {
    const parsed = parseProtectionRequest(context.payload);
    if (!parsed.ok) {
      context.log.warn({ problem: parsed.problem }, "deployment_protection_rule: cannot answer");
      return;
    }
    const { request } = parsed;
    const { runId: run, environment } = request;
    try {
      const rollback = await findAppRollback(context.octokit, request, context.payload, deps.appId);
      const answer = rollback
        ? rollbackAnswer(request, rollback)
        : await gatesAnswer(context, request, deps);
      const outcome = await answerProtectionRule(context.octokit, request, answer);
      context.log.info(
        { run, environment, state: answer.state, outcome, rollback: rollback?.deploymentId },
        "deployment_protection_rule answered",
      );
    } catch (error) {
      // Unanswered, the job waits up to 30 days: the operator must see it, and the delivery
      // fails so that it can be redelivered.
      context.log.error(
        { err: error, run, environment, sha: request.sha },
        "deployment_protection_rule NOT answered: the deploy job is still waiting",
      );
      throw error;
    }
  };
}

/** The answer from the config and the gates: a broken config fails closed. */
async function gatesAnswer(
  context: Context<"deployment_protection_rule.requested">,
  request: Omit<GatesTarget, "appId"> & { environment: string },
  deps: GatesDeps,
): Promise<ProtectionAnswer> {
  const loaded = await loadConfig(context);
  return loaded.ok
    ? answerFor(context.octokit, request, loaded.config, deps)
    : configErrorAnswer(request, loaded.error);
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
