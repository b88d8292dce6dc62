import { renderTemplate } from "./render-template.js";

/** `/mlops help`: the commands, with this repository's steps, role and gates. */
export function renderCommandHelp(rollout: {
  environment: string;
  steps: readonly number[];
  promoters: string;
  require: readonly string[];
}): string {
  return renderTemplate("command-help.md", {
    environment: rollout.environment,
    steps: rollout.steps.map((s) => `${s}%`).join(" → "),
    promoters: rollout.promoters,
    gates: rollout.require.length > 0 ? rollout.require.join(" and ") : "(none configured)",
  }).trimEnd();
}
