import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { readAlert } from "../../domain/alerts/read-alert.js";
import type { AlertDeps } from "./alert-deps.js";
import { handleAlert } from "./handle-alert.js";
import { logIgnoredAlert } from "./log-ignored-alert.js";

/** The `event_type` of the dispatch a monitoring system sends. */
export const ALERT_EVENT_TYPE = "mlops-alert";

/**
 * `repository_dispatch` `mlops-alert`: guard → read the payload → load the config → handle
 * the alert under its model-and-kind lock. A bad payload or a broken config is logged and
 * nothing is written: a dispatch has no issue or PR where a person would read a reply.
 */
export function onAlert(deps: AlertDeps) {
  return async (context: Context<"repository_dispatch">): Promise<void> => {
    if (context.payload.action !== ALERT_EVENT_TYPE) return;
    const read = readAlert(context.payload.client_payload);
    if (!read.ok) return logIgnoredAlert(context, read);
    const loaded = await loadConfig(context);
    if (!loaded.ok) {
      const { file, problems } = loaded.error;
      return context.log.warn({ file, problems }, `mlops-alert ignored: invalid ${file}`);
    }
    const { config } = loaded;
    const alert = {
      ...read.alert,
      environment: read.alert.environment ?? config.rollout.environment,
    };
    const { owner, repo } = context.repo();
    const key = `${owner}/${repo}:${alert.model}:${alert.kind}`;
    await deps.lock.run(key, () => handleAlert(context, deps, { owner, repo, config, alert }));
  };
}
