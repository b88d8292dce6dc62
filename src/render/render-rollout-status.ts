import type { LiveVersion } from "../domain/rollout/live-at.js";
import type { RolloutState } from "../domain/rollout/rollout-state.js";
import { formatInstant } from "./render-rollout-instant.js";
import { renderTemplate } from "./render-template.js";

/** What `/status` shows. */
export interface StatusView {
  command: string;
  model: string;
  version: string;
  steps: readonly number[];
  state: RolloutState;
  gates: ReadonlyArray<{ name: string; ok: boolean; detail: string }>;
  live: ReadonlyArray<LiveVersion & { environment: string }>;
}

/** The reply to `/status` (templates/rollout-status.md). */
export function renderRolloutStatus(view: StatusView): string {
  const { state } = view;
  const canary = state.canary?.version === view.version ? state.canary : null;
  const stable = state.stable?.version === view.version;
  const current = canary?.percent ?? (stable ? 100 : 0);
  const rollback = state.lastRollback?.version === view.version ? state.lastRollback : null;
  return renderTemplate("rollout-status.md", {
    command: view.command,
    model: view.model,
    version: view.version,
    environment: state.environment,
    canary: canary && {
      percent: canary.percent,
      deploymentId: canary.deploymentId,
      lastStatus: (canary.lastStatus ?? "no status yet").replace("_", " "),
      steps: view.steps.map((s) => `${s}%`).join(" → "),
      next: view.steps.find((s) => s > current) ?? null,
    },
    idle: stable
      ? `complete: v${view.version} serves all traffic.`
      : state.canary
        ? `not started; v${state.canary.version} is at ${state.canary.percent}% from PR #${state.canary.pullRequest}.`
        : `${rollback ? "rolled back" : "not started"}. Type /promote ${view.steps[0] ?? 100}% to ${rollback ? "start over" : "begin"}.`,
    lastRollback: rollback && { ...rollback, at: formatInstant(rollback.at) },
    gates: view.gates.map((g) => ({ ...g, icon: g.ok ? "✅" : "❌" })),
    live: view.live.map((v) => ({ ...v, since: formatInstant(v.since) })),
  }).trimEnd();
}
