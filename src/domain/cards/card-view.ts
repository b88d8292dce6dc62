import type { CardSection } from "./arrange-card-sections.js";
import type { CardKind } from "./card-types.js";

/** What a card shows: the issue title, the deployment's model and version, the answers. */
export interface CardView {
  kind: CardKind;
  title: string;
  model?: string | undefined;
  version?: string | undefined;
  sections: CardSection[];
  rolloutSteps: number[];
}

/** Turns a card view into the body text (src/render/render-card.ts reads the templates). */
export type RenderCard = (view: CardView) => string;
