import { appLabels, type LabelNames } from "../../domain/labels/app-labels.js";
import type { LabelsClient, LabelsRepo } from "../../github/labels/labels-client.js";
import { renderLabelDescriptions } from "../../render/render-label-descriptions.js";
import type { LabelPacer } from "./create-label-pacer.js";
import { ensureRepoLabels } from "./ensure-repo-labels.js";

/** Makes sure a repository has the app's labels, at most once per repository per process. */
export interface LabelKeeper {
  /**
   * Lists the labels and creates the missing ones, unless done already in this process.
   * `fresh` asks GitHub again whatever this process remembers: the caller has seen a sign
   * that a label is gone (a form issue arrived without its label).
   */
  ensure(
    octokit: LabelsClient,
    repo: LabelsRepo,
    names: LabelNames,
    installationId: number,
    options?: { fresh?: boolean },
  ): Promise<string[]>;
}

/**
 * One keeper per app. GitHub stays the truth (each repository is listed, and a label is
 * created only when the listing lacks it); the set of repositories done is only a saving,
 * so that the fallback costs one listing per repository per process, not one per event.
 * A failed attempt is forgotten, so the next event tries again. Names are part of the
 * key: a config that renames a label is ensured again. A label deleted after the check is
 * not seen by the saving, so a caller that sees the deletion's sign passes `fresh`: else
 * `addLabels` would recreate the label grey and without its description.
 */
export function createLabelKeeper(pace: LabelPacer): LabelKeeper {
  const done = new Map<string, Promise<string[]>>();
  const descriptions = renderLabelDescriptions();
  return {
    ensure(octokit, repo, names, installationId, options = {}) {
      const key = JSON.stringify([repo.owner.toLowerCase(), repo.repo.toLowerCase(), names]);
      const known = options.fresh === true ? undefined : done.get(key);
      if (known) return known.then(() => []);
      const wanted = appLabels(names, descriptions);
      const attempt = ensureRepoLabels(octokit, repo, wanted, () => pace(installationId));
      done.set(key, attempt);
      attempt.catch(() => done.delete(key));
      return attempt;
    },
  };
}
