import { readCard } from "../../domain/cards/read-card.js";
import type { LinkedIssue } from "../../github/pulls/read-pull-links.js";

/**
 * The experiment cards a PR closes that an evaluation of `model` belongs to: issues of this
 * repository, labelled `labels.experiment`, whose body is an experiment card. A card whose
 * Model answer names another model is left alone (one PR may carry two models' experiments);
 * a card without a Model answer takes the results.
 */
export function selectExperimentCards(
  closing: readonly LinkedIssue[],
  filter: { repo: string; label: string; model: string },
): LinkedIssue[] {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  return closing.filter((issue) => {
    if (!same(issue.repo, filter.repo) || !issue.labels.some((l) => same(l, filter.label)))
      return false;
    const card = readCard(issue.body);
    if (card?.kind !== "experiment") return false;
    const model = card.answers.find((a) => same(a.label, "Model"))?.value ?? "";
    return model === "" || same(model, filter.model);
  });
}
