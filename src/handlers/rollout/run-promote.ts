import { decidePromote } from "../../domain/rollout/decide-promote.js";
import { reachedSteps } from "../../domain/rollout/reached-steps.js";
import { listAppDeployments } from "../../github/deployments/list-app-deployments.js";
import { setDeploymentStatus } from "../../github/deployments/set-deployment-status.js";
import { renderRolloutPromoted } from "../../render/render-rollout-promoted.js";
import { renderRolloutRefusal } from "../../render/render-rollout-refusal.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput, CommandOutcome } from "./command-input.js";
import { createRolloutStep } from "./create-rollout-step.js";
import { readEvaluationMetrics } from "./read-evaluation-metrics.js";
import { readPromoteFacts } from "./read-promote-facts.js";
import { refused } from "./refused.js";
import { leavingUndone, runPart } from "./step-left-undone-error.js";
import { updateRolloutCard } from "./update-rollout-card.js";

/**
 * `/promote [N%]`: reads the facts, then the deployment history (last, right before acting),
 * decides, creates the step with the model's evaluation metrics (read only then: a refusal or
 * a redelivery downloads no artifact), or finds the one a redelivered comment made and gives it
 * the `in_progress` status it may lack; ticks the card and says what happened and what is next.
 */
export async function runPromote(
  context: AppContext,
  input: CommandInput & { pull: number; percent: number | null },
): Promise<CommandOutcome> {
  const { owner, repo, config } = input;
  const { environment, steps } = config.rollout;
  const facts = await readPromoteFacts(context, input);
  if (!facts.ok) return refused(input.text, facts.message);
  const history = await listAppDeployments(
    context.octokit,
    { owner, repo, environment },
    input.botLogin,
  );
  const now = new Date();
  const decision = decidePromote(history, {
    ...{
      environment,
      now,
      steps,
      requested: input.percent,
      commentId: input.commentId,
    },
    ...{ gates: facts.gates, pr: facts.pr, deploymentIssue: facts.card, fork: facts.fork },
  });
  if (!("action" in decision))
    return { ok: false, reply: renderRolloutRefusal(input.text, decision, `${owner}/${repo}`) };
  const { plan } = decision;
  const { model, version } = plan.payload;
  const description = `${model} ${version} to ${plan.step}% of traffic`;
  let deploymentId = decision.action === "finish" ? decision.deploymentId : 0;
  const made = () => ({ deploymentId, environment, model, version, rollout: plan.step });
  const cardLeft = facts.card ? (["card"] as const) : [];
  // A redelivery (or a retyped command) after a crash between creating the deployment and its
  // first status.
  if (decision.action === "finish" && decision.needsStatus)
    await runPart(
      made(),
      "status",
      () =>
        setDeploymentStatus(
          context.octokit,
          { owner, repo, deploymentId },
          { state: "in_progress", description },
        ),
      cardLeft,
    );
  if (decision.action === "create") {
    const target = { owner, repo, sha: plan.ref, model, appId: input.appId };
    const metrics = await readEvaluationMetrics(context, target, config.metrics);
    const payload = { ...plan.payload, metrics };
    const step = { ...plan, payload, description, seenUpTo: decision.seenUpTo };
    const created = await leavingUndone(cardLeft, () =>
      createRolloutStep(context, { owner, repo }, step, input.botLogin),
    );
    if (!created.ok)
      return refused(
        input.text,
        `${version} was moved to ${plan.step}% at the same moment by another command (deployment ${created.winner}).`,
      );
    deploymentId = created.deploymentId;
  }
  const percentNow = decision.action === "finish" ? decision.percentNow : plan.step;
  const reached = [...reachedSteps(history, { environment, model, version, now }), plan.step];
  const { card } = facts;
  if (card)
    await runPart(made(), "card", () =>
      updateRolloutCard(context, { owner, repo, ...card }, percentNow, config, reached),
    );
  const reply = renderRolloutPromoted({
    ...{ command: input.text, model, version, step: plan.step, from: plan.from },
    ...{ stableVersion: plan.payload.stable_version, environment, deploymentId, sha: plan.ref },
    ...{
      gates: facts.gates,
      next: steps.find((s) => s > plan.step) ?? null,
      monitoring: config.columns.monitoring,
    },
  });
  return { ok: true, reply };
}
