/** The values a card gets on the board (field name keys of the board adapter). */
export interface CardPlacement {
  status?: string;
  kind?: string;
  model?: string;
  version?: string;
  primaryMetric?: number;
  rolloutPercent?: number;
}

/** Which Status column a kind of card starts in, by the keys of `columns` in the config. */
export const startColumn = {
  Experiment: "experiment",
  Deployment: "deployment",
  Incident: "monitoring",
  Retraining: "backlog",
} as const;

export type CardKindName = keyof typeof startColumn;

/**
 * Decides what to write on the board for a labelled card. A card already on the board
 * keeps its place and fields: re-labelling, a redelivery or the second of `opened` and
 * `labeled` must not move a card that work has advanced (say to Evaluation) back to its
 * first column. Returns null when there is nothing to write.
 */
export function planCardPlacement(input: {
  onBoard: boolean;
  kind: CardKindName;
  model?: string | undefined;
  version?: string | undefined;
  columns: Record<(typeof startColumn)[CardKindName], string>;
}): CardPlacement | null {
  if (input.onBoard) return null;
  return {
    status: input.columns[startColumn[input.kind]],
    kind: input.kind,
    ...(input.model ? { model: input.model } : {}),
    ...(input.version ? { version: input.version } : {}),
  };
}
