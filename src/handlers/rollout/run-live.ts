import type { CommandInstant } from "../../domain/commands/command.js";
import { liveAt } from "../../domain/rollout/live-at.js";
import { pickLiveInstant } from "../../domain/rollout/pick-live-instant.js";
import { listAppDeployments } from "../../github/deployments/list-app-deployments.js";
import { formatInstant } from "../../render/render-rollout-instant.js";
import { renderRolloutLive } from "../../render/render-rollout-live.js";
import type { AppContext } from "../support/app-context.js";
import type { CommandInput, CommandOutcome } from "./command-input.js";

/**
 * `/mlops live [--env E] [--at T]`: which versions served the environment at that instant (now
 * by default, and for a time that has not come, which the reply says), folded from the app's
 * deployments and their statuses, every page of them.
 */
export async function runLive(
  context: AppContext,
  input: CommandInput & { env: string | null; at: CommandInstant | null },
): Promise<CommandOutcome> {
  const { owner, repo } = input;
  const environment = input.env ?? input.config.rollout.environment;
  const { iso: at, future } = pickLiveInstant(input.at, new Date());
  const history = await listAppDeployments(
    context.octokit,
    { owner, repo, environment },
    input.botLogin,
  );
  const rows = liveAt(history, { environment, at: new Date(at) });
  const reply = renderRolloutLive({
    command: input.text,
    environment,
    at: formatInstant(at),
    assumedUtc: input.at?.assumedUtc ?? false,
    future,
    rows,
    count: history.length,
  });
  return { ok: true, reply };
}
