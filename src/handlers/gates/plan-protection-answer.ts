import type { ConfigError } from "../../config/load-config.js";
import type { GateState } from "../../github/checks/read-gates.js";
import type { ProtectionAnswer } from "../../github/protection/answer-protection-rule.js";
import { renderTemplate } from "../../render/render-template.js";

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
    return { environment: request.environment, state: "approved", comment: comment.trim() };
  }
  const count = failing.length === 1 ? "1 gate is" : `${failing.length} gates are`;
  const comment = renderTemplate("protection-rejected.md", { ...view, count, failing });
  return { environment: request.environment, state: "rejected", comment: comment.trim() };
}

/**
 * A broken configuration fails closed: GitHub sends the event only for environments that
 * name the app as their rule, so the job is rejected with the file and the problems.
 */
export function configErrorAnswer(
  request: { environment: string },
  error: ConfigError,
): ProtectionAnswer {
  const comment = renderTemplate("protection-config-error.md", {
    environment: request.environment,
    file: error.file,
    problems: error.problems,
  });
  return { environment: request.environment, state: "rejected", comment: comment.trim() };
}
