import type { DeploymentPayload } from "./deployment-payload-schema.js";
import type { PromoteRefusal, RolloutRefusal } from "./rollout-reason-codes.js";
import type { RolloutState } from "./rollout-state.js";

/** A merge/deploy gate's result for the PR's head SHA. */
export interface GateResult {
  name: "checklist" | "evaluation";
  ok: boolean;
  /** Plain text, e.g. "2 items unticked". */
  detail: string;
}

/**
 * A step's payload without the evaluation metrics: the caller reads them (artifact downloads)
 * only once it is creating the step, and adds them then.
 */
export type StepPayload = Omit<DeploymentPayload, "metrics">;

/** The deployment to create for an accepted `/promote`. */
export interface PromotePlan {
  ok: true;
  environment: string;
  /** The PR's head SHA: the deployment's `ref`. */
  ref: string;
  payload: StepPayload;
  /** The step it moves to, and the share the version had before. */
  step: number;
  from: number;
  /** 100%: the rollout is finished and the card moves to Monitoring. */
  isFinal: boolean;
}

/** What `planPromote` needs, all read from GitHub by the caller. */
export interface PromoteInput {
  /** `foldRollout` for the deployment issue's model, right now. */
  state: RolloutState;
  /** `rollout.steps` from the config. */
  steps: readonly number[];
  /** The percent typed, or null for the next step. */
  requested: number | null;
  /** The gates in `rollout.require`, for the PR's head SHA. */
  gates: readonly GateResult[];
  pr: { number: number; state: "open" | "closed"; headSha: string };
  /**
   * The PR's head is a fork (`isForkPull`), with its `owner/name` (null: the fork was deleted);
   * null when the head is in the repository. `allowed` is `rollout.allow_forks`.
   */
  fork: { headRepository: string | null; allowed: boolean } | null;
  /** Model and version of the `ml-deployment` issue the PR closes, null when it closes none. */
  deploymentIssue: { model: string; version: string } | null;
  commentId: number | null;
}

/**
 * Decides what a `/promote` does: the deployment to create, or the reason it is refused (and
 * nothing changes). Call `findCausedBy` first: a redelivered command must find its deployment,
 * not be refused as `already-at-step`.
 */
export function planPromote(input: PromoteInput): PromotePlan | PromoteRefusal {
  const { state, pr, deploymentIssue: issue, fork } = input;
  if (pr.state !== "open") {
    return refuse("pr-closed", `PR #${pr.number} is closed. Promote from an open PR.`);
  }
  // Before anything else about the rollout: the deploy job would run the fork's code with the
  // environment's secrets, whatever the gates say (a fork's run can upload any artifact).
  if (fork && !fork.allowed) {
    const { headRepository } = fork;
    return {
      ok: false,
      reason: "pr-from-fork",
      pullRequest: pr.number,
      headRepository,
      environment: state.environment,
    };
  }
  if (!issue) {
    return refuse(
      "no-deployment-issue",
      `PR #${pr.number} closes no ml-deployment issue. Add "Closes #<issue>" for the deployment issue to the PR description.`,
    );
  }
  const { canary } = state;
  if (canary && canary.version !== issue.version) {
    return refuse(
      "rollout-of-other-version-in-progress",
      `${state.model} ${canary.version} is at ${canary.percent}% from PR #${canary.pullRequest}. Finish it with /promote 100% or stop it with /rollback there first.`,
    );
  }
  const current = canary ? canary.percent : state.stable?.version === issue.version ? 100 : 0;
  if (current >= 100) {
    return refuse(
      "already-complete",
      `${state.model} ${issue.version} already serves all traffic in ${state.environment}.`,
    );
  }
  const steps = [...new Set(input.steps)].sort((a, b) => a - b);
  const stepList = steps.map((s) => `${s}%`).join(", ");
  const step = input.requested ?? steps.find((s) => s > current);
  if (step === undefined) {
    return refuse(
      "no-next-step",
      `No configured step is above ${current}% (steps: ${stepList}). Add one to rollout.steps in .github/mlops.yml.`,
    );
  }
  if (!steps.includes(step)) {
    return refuse(
      "not-a-step",
      `${step}% is not a configured step (steps: ${stepList}). Type one of them, or /promote for the next.`,
    );
  }
  if (step === current) {
    return refuse(
      "already-at-step",
      `${issue.version} is already at ${step}%. Type /promote for the next step.`,
    );
  }
  if (step < current) {
    return refuse(
      "not-above-current",
      `${issue.version} is at ${current}%, above ${step}%. To go back, use /rollback.`,
    );
  }
  const failing = input.gates.filter((gate) => !gate.ok);
  if (failing.length > 0) {
    const list = failing.map((gate) => `${gate.name} (${gate.detail})`).join("; ");
    return refuse(
      "gate-failing",
      `Gates failing on ${pr.headSha.slice(0, 7)}: ${list}. Fix them, then promote again.`,
    );
  }
  const payload: StepPayload = {
    model: issue.model,
    version: issue.version,
    rollout: step,
    stable_version: state.stable?.version ?? null,
    pull_request: pr.number,
    ...(input.commentId === null ? {} : { comment_id: input.commentId }),
  };
  const { environment } = state;
  return {
    ok: true,
    environment,
    ref: pr.headSha,
    payload,
    step,
    from: current,
    isFinal: step === 100,
  };
}

function refuse(reason: RolloutRefusal["reason"], message: string): RolloutRefusal {
  return { ok: false, reason, message };
}
