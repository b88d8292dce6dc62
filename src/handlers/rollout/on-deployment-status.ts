import type { Context } from "probot";
import { loadConfig } from "../../config/load-config.js";
import { appDeployments } from "../../domain/rollout/app-deployments.js";
import { toDeploymentRecord } from "../../github/deployments/to-deployment-record.js";
import type { AppContext } from "../support/app-context.js";
import { reportDeployFailure } from "./report-deploy-failure.js";
import { syncRolloutCard } from "./sync-rollout-card.js";

/**
 * `deployment_status.created` from the team's deploy job on one of the app's rollout steps. A
 * failure or error means the traffic did not move: the card shows where the rollout really
 * stands and the PR gets a reply with the job's log. A success sets the card from the history
 * too (a step re-run after a failure counts again). Statuses the app wrote itself, other states
 * and others' deployments are ignored.
 */
export function onDeploymentStatus(deps: { botLogin: () => Promise<string> }) {
  return async (context: Context<"deployment_status.created">): Promise<void> => {
    const { deployment, deployment_status: status } = context.payload;
    if (!["success", "failure", "error"].includes(status.state)) return;
    const botLogin = await deps.botLogin();
    if (status.creator?.login.toLowerCase() === botLogin.toLowerCase()) return;
    const [ours] = appDeployments([toDeploymentRecord(deployment, [status])], botLogin);
    if (!ours) return;
    const loaded = await loadConfig(context);
    if (!loaded.ok) return context.log.warn({ deployment: deployment.id }, "invalid mlops config");
    const app: AppContext = context;
    const input = { ...context.repo(), deployment: ours, config: loaded.config, botLogin };
    if (status.state === "success") {
      await syncRolloutCard(app, input);
      return;
    }
    const logUrl = [status.log_url, status.target_url].find((u) => u && /^https?:\/\//.test(u));
    await reportDeployFailure(app, {
      ...input,
      state: status.state,
      description: status.description ?? null,
      logUrl: logUrl ?? null,
    });
  };
}
