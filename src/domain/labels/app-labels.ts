/** The label names of `labels` in `.github/mlops.yml` (Config["labels"] fits this shape). */
export interface LabelNames {
  experiment: string;
  deployment: string;
  incident: string;
  retraining: string;
  data: string;
  training: string;
  mlops: string;
}

/** Which label: a key of the `labels` section, or `board` for the summary issue's `mlops-board`. */
export type AppLabelKey = keyof LabelNames | "board";

/** A label the app and its issue forms use: name, colour (6 hex digits, no `#`), description. */
export interface AppLabel {
  key: AppLabelKey;
  name: string;
  color: string;
  description: string;
}

/** The summary issue's label; not configurable (the contract names it). */
export const BOARD_LABEL = "mlops-board";

/** GitHub refuses a label description longer than 100 characters (422). */
export const LABEL_DESCRIPTION_LIMIT = 100;

/** One colour per label, so the kinds stay apart at a glance on the issues list. */
const COLORS: Record<AppLabelKey, string> = {
  experiment: "1d76db",
  deployment: "0e8a16",
  incident: "d93f0b",
  retraining: "fbca04",
  data: "c5def5",
  training: "5319e7",
  mlops: "bfdadc",
  board: "ededed",
};

const ORDER: AppLabelKey[] = [
  "experiment",
  "deployment",
  "incident",
  "retraining",
  "data",
  "training",
  "mlops",
  "board",
];

/**
 * The labels the app creates where missing, in a fixed order. `descriptions` are the
 * sentences people read (from a template); each is cut to GitHub's 100 characters.
 */
export function appLabels(
  names: LabelNames,
  descriptions: Record<AppLabelKey, string>,
): AppLabel[] {
  return ORDER.map((key) => ({
    key,
    name: key === "board" ? BOARD_LABEL : names[key],
    color: COLORS[key],
    description: descriptions[key].slice(0, LABEL_DESCRIPTION_LIMIT),
  }));
}
