import { createRequire } from "node:module";

interface ExampleGroup {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}

const require = createRequire(import.meta.url);

/**
 * A deep copy of a real webhook payload from `@octokit/webhooks-examples`
 * (the first example of that event and action), for the simulator and tests to
 * change only the fields they need. The examples lack `installation`: one is added.
 */
export function webhookExample(
  name: string,
  action?: string,
  installationId = 1,
): Record<string, unknown> {
  const groups = require("@octokit/webhooks-examples/api.github.com/index.json") as ExampleGroup[];
  const group = groups.find((g) => g.name === name);
  const example = group?.examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`no example payload for ${name}${action ? `.${action}` : ""}`);
  return {
    ...structuredClone(example),
    installation: { id: installationId, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
  };
}
