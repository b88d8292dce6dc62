import type { ConfigError } from "../../config/load-config.js";
import { showConfigProblems } from "../../config/show-config-problems.js";
import type { GateState } from "../../github/checks/read-gates.js";
import type { ProtectionAnswer } from "../../github/protection/answer-protection-rule.js";
import { fitProtectionComment } from "../../render/fit-protection-comment.js";
import { renderTemplate } from "../../render/render-template.js";
import type { AppRollback } from "./find-app-rollback.js";

/** An answer whose comment fits GitHub's bound for this route (`fitProtectionComment`). */
function answerOf(
  request: { environment: string; sha: string },
  state: ProtectionAnswer["state"],
  comment: string,
): ProtectionAnswer {
  return {
    environment: request.environment,
    state,
    comment: fitProtectionComment(comment.trim(), request.sha),
  };
}

/**
 * The answer to a deploy job waiting in the rollout environment: approved when every gate
 * of `rollout.require` passes for its SHA (none required: approved), rejected naming each
 * failing gate otherwise (`templates/protection-*.md`).
 */
export function planProtectionAnswer(
  request: { environment: string; sha: string },
  gates: readonly GateState[],
): ProtectionAnswer {
  const view = { environment: request.environment, sha: request.sha.slice(0, 7) };
  const failing = gates.filter((gate) => !gate.ok);
  if (failing.length === 0) {
    const comment = renderTemplate("protection-approved.md", { ...view, gates });
    return answerOf(request, "approved", comment);
  }
  const count = failing.length === 1 ? "1 gate is" : `${failing.length} gates are`;
  const comment = renderTemplate("protection-rejected.md", { ...view, count, failing });
  return answerOf(request, "rejected", comment);
}

/** The problems the protection answer lists in full: its comment is bounded to 1,024 characters. */
const SHOWN_PROBLEMS = 3;

/**
 * A broken configuration fails closed: GitHub sends the event only for environments that
 * name the app as their rule, so the job is rejected with the file and the first problems
 * (the rest counted), through the one view every config-error text uses (`showConfigProblems`).
 */
export function configErrorAnswer(
  request: { environment: string; sha: string },
  error: ConfigError,
): ProtectionAnswer {
  return answerOf(
    request,
    "rejected",
    renderTemplate("protection-config-error.md", {
      environment: request.environment,
      file: error.file,
      ...showConfigProblems(error.problems, SHOWN_PROBLEMS),
    }),
  );
}

/**
 * An environment other than `rollout.environment` names the app as its rule: GitHub would hold
 * the job for up to 30 days waiting for an answer, so it is rejected at once with the fix.
 */
export function otherEnvironmentAnswer(
  request: { environment: string; sha: string },
  ours: string,
): ProtectionAnswer {
  const comment = renderTemplate("protection-other-environment.md", {
    environment: request.environment,
    ours,
  });
  return answerOf(request, "rejected", comment);
}

/**
 * A deploy job that carries out one of the app's own rollbacks is approved whatever the gates
 * say: the gates judge the canary's SHA, and the reason to roll back is often that it is bad.
 * Holding the rollback would leave the canary serving while `/status` says it was rolled back.
 */
export function rollbackAnswer(
  request: { environment: string; sha: string },
  rollback: AppRollback,
): ProtectionAnswer {
  const comment = renderTemplate("protection-rollback.md", {
    ...rollback,
    environment: request.environment,
  });
  return answerOf(request, "approved", comment);
}
