import type { GitHubSimulator } from "../../src/simulator/index.js";
import { deploymentAnswers, issueForm } from "../helpers/issue-form.js";

/** The deployment issue as the ml-deployment form writes it. */
export const deploymentForm = issueForm(deploymentAnswers);

export const CHECKLIST_ITEMS = [
  "Model validated",
  "A/B test configured",
  "Monitoring set up",
  "Rollback tested",
  "Alerts configured",
];

/** A 40-hex SHA from a short seed. */
export const sha = (seed: string) => seed.padEnd(40, "0");

/** Opens an ml-deployment issue (the app turns it into a card) and returns its number. */
export async function openDeploymentIssue(sim: GitHubSimulator, repo = "acme/models") {
  const opened = await sim.openIssue({
    repo,
    title: "Release fraud-detector 2.4.0",
    body: deploymentForm,
    labels: ["ml-deployment"],
    user: "alice",
  });
  return opened.number;
}

/** alice opens a PR on acme/models whose body closes `issue`, with head `headSha`; its number. */
export async function openClosingPull(
  sim: GitHubSimulator,
  issue: number,
  headSha: string,
  head = "release",
  title = "Release",
) {
  const opened = await sim.openPullRequest({
    ...{ repo: "acme/models", title, body: `Closes #${issue}` },
    ...{ head, sha: headSha, user: "alice" },
  });
  return opened;
}

/** Ticks boxes in an issue of acme/models by default (the whole Checklist when `items` is omitted). */
export function tickBoxes(
  sim: GitHubSimulator,
  input: { repo?: string; number: number; user: string; items?: string[] },
) {
  return sim.tickBoxes({ ...input, repo: input.repo ?? "acme/models" });
}

/** The check runs of a name on a SHA (the store's records). */
export function checkRuns(sim: GitHubSimulator, headSha: string, name = "mlops/checklist") {
  return [...sim.store.checkRuns.values()].filter(
    (run) => run.headSha === headSha && run.name === name,
  );
}

/** The one check run of a name on a SHA; fails when there are none or several. */
export function checkRun(sim: GitHubSimulator, headSha: string, name = "mlops/checklist") {
  const runs = checkRuns(sim, headSha, name);
  if (runs.length !== 1) throw new Error(`${runs.length} ${name} check runs on ${headSha}`);
  return runs[0]!;
}

/** Requests other than token exchanges, as `METHOD path` or `GraphQL Name`. */
export function apiCalls(sim: GitHubSimulator): string[] {
  return sim.requests
    .filter((r) => !r.path.endsWith("/access_tokens"))
    .map((r) => (r.graphql ? `GraphQL ${r.graphql.name}` : `${r.method} ${r.path}`));
}
