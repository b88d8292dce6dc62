import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { configSchema } from "../../config/schema.js";
import { readAlert } from "../../domain/alerts/read-alert.js";
import type { AlertDeps } from "./alert-deps.js";
import { handleAlert } from "./handle-alert.js";
import { logIgnoredAlert } from "./log-ignored-alert.js";

/** The `event_type` of the dispatch a monitoring system sends. */
export const ALERT_EVENT_TYPE = "mlops-alert";

/**
 * `repository_dispatch` `mlops-alert`: guard → read the payload → load the config → handle
 * the alert under its model-and-kind lock. A payload that is not an alert is logged and
 * nothing is written (a dispatch has no issue or PR to reply on). An alert is never lost to
 * what surrounds it: a broken config is handled with the defaults (the incident names the
 * error), a bad link is left out (the incident says so).
 */
export function onAlert(deps: AlertDeps) {
  return async (context: Context<"repository_dispatch">): Promise<void> => {
    if (context.payload.action !== ALERT_EVENT_TYPE) return;
    const read = readAlert(context.payload.client_payload);
    if (!read.ok) return logIgnoredAlert(context, read);
    if (read.linkDropped !== undefined)
      context.log.warn({ field: "url", problem: read.linkDropped }, "mlops-alert link left out");
    const loaded = await loadConfig(context);
    const configError = loaded.ok ? null : loaded.error;
    if (configError)
      context.log.warn(
        { file: configError.file, problems: configError.problems.slice(0, 10) },
        `mlops-alert handled with the default config: invalid ${configError.file}`,
      );
    const config = loaded.ok ? loaded.config : configSchema.parse({});
    const alert = {
      ...read.alert,
      environment: read.alert.environment ?? config.rollout.environment,
    };
    const { owner, repo } = context.repo();
    const key = `${owner}/${repo}:${alert.model}:${alert.kind}`;
    const linkDropped = read.linkDropped !== undefined;
    const installationId = context.payload.installation?.id ?? 0;
    await deps.lock.run(key, () =>
      handleAlert(context, deps, {
        ...{ owner, repo, config, configError, alert, linkDropped, installationId },
      }),
    );
  };
}
