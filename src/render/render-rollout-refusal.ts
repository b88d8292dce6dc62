import type { PromoteRefusal } from "../domain/rollout/rollout-reason-codes.js";
import { renderCommandRefused } from "./render-command-reply.js";
import { renderTemplate } from "./render-template.js";

/**
 * The reply to a refused `/promote`: a reason whose words live in a template of its own
 * (`rollout-refused-<reason>.md`) is rendered from its facts; the others quote the domain's
 * plain-text message (templates/command-refused.md).
 */
export function renderRolloutRefusal(
  command: string,
  refusal: PromoteRefusal,
  repository: string,
): string {
  if (refusal.reason === "pr-from-fork")
    return renderTemplate("rollout-refused-pr-from-fork.md", {
      ...refusal,
      command,
      repository,
    }).trimEnd();
  return renderCommandRefused({ command, message: refusal.message });
}
