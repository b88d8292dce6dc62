import type { CardSectionTitle } from "../domain/cards/arrange-card-sections.js";
import type { CardView } from "../domain/cards/card-view.js";
import { cardMarkers } from "../domain/cards/card-markers.js";
import type { FormAnswer } from "../domain/cards/card-types.js";
import { noResponse } from "../domain/cards/normalize-answer.js";
import { renderTemplate } from "./render-template.js";

export type { CardView } from "../domain/cards/card-view.js";

/** The view key of each section title in templates/experiment.md and deployment.md. */
const sectionKeys: Record<CardSectionTitle, string> = {
  Hypothesis: "hypothesis",
  Data: "data",
  Model: "model",
  Notes: "notes",
  "Model info": "modelInfo",
  Deployment: "deployment",
  "Rollback plan": "rollbackPlan",
};

/**
 * Renders a card from `templates/<kind>.md`. The title, model and version go through
 * `{{…}}`, which escapes Markdown and turns newlines into spaces: they sit inside the
 * `## …` heading and are plain text on GitHub, so a `#`, `<!--` or line break in them
 * must neither end the heading nor become Markdown. The answers are inserted as written
 * (`{{{…}}}`): they are the person's own Markdown in the person's own issue, and
 * escaping them would garble the links, lists and code they wrote.
 */
export function renderCard(view: CardView): string {
  const sections = Object.fromEntries(
    view.sections.map((s) => [sectionKeys[s.title], s.answers.map((a) => answerBlock(a, s.title))]),
  );
  return renderTemplate(`${view.kind}.md`, {
    marker: cardMarkers.card(view.kind),
    title: view.title,
    heading: {
      // A deployment issue written by hand names no model: its title says what it is.
      model: view.model || view.title,
      // "v2.3.0" as well as "2.3.0" is a usual way to write a version: one "v" in the heading.
      version: view.version?.replace(/^v(?=\d)/i, ""),
    },
    sections,
    regions: {
      resultsStart: cardMarkers.regionStart("results"),
      resultsEnd: cardMarkers.regionEnd("results"),
      rolloutStart: cardMarkers.regionStart("rollout"),
      rolloutEnd: cardMarkers.regionEnd("rollout"),
    },
    rolloutSteps: [...new Set(view.rolloutSteps)].sort((a, b) => a - b),
  });
}

/**
 * One answer: a `#### <Label>` sub-heading (none for the free text, or when the label is
 * the section's own title), then the text between hidden markers that readCard reads back.
 * No blank lines inside: a comment line ends its HTML block and may interrupt a paragraph,
 * so the text renders as if the markers were not there.
 */
function answerBlock(answer: FormAnswer, section: string): string {
  const label = answer.label.replace(/\s+/g, " ").trim();
  const heading = label && label.toLowerCase() !== section.toLowerCase() ? `#### ${label}\n` : "";
  return [
    `${heading}${cardMarkers.answerStart(answer.label)}`,
    answer.value || noResponse,
    cardMarkers.answerEnd,
  ].join("\n");
}
