import type { ConfigError } from "../../config/load-config.js";
import { configErrorMarker, renderConfigError } from "../../config/render-config-error.js";
import { ensureComment } from "../../github/comments/ensure-comment.js";
import type { AppContext } from "./app-context.js";

/**
 * Tells the person about a broken `.github/mlops.yml` on the issue or PR whose event
 * found it — once per distinct error (the reply carries the error's fingerprint) — and
 * logs it for the operator. The caller then does nothing else for the event.
 */
export async function reportConfigError(
  context: AppContext,
  target: { owner: string; repo: string; issue_number: number },
  error: ConfigError,
): Promise<void> {
  context.log.warn({ file: error.file, problems: error.problems }, "invalid mlops config");
  await ensureComment(
    context.octokit,
    target,
    configErrorMarker(error.fingerprint),
    renderConfigError(error),
  );
}
