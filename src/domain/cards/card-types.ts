/** The two card templates: `templates/experiment.md` and `templates/deployment.md`. */
export type CardKind = "experiment" | "deployment";

/** One answer of an issue form: the `### <label>` heading and the text under it. */
export interface FormAnswer {
  label: string;
  /** The person's Markdown as written (line endings `\n`); `""` for `_No response_`. */
  value: string;
}

/** The board's `Kind` option for each card template. */
export const kindNames = { experiment: "Experiment", deployment: "Deployment" } as const;

/** A `Kind` value a card can carry on the board. */
export type CardKindValue = (typeof kindNames)[CardKind] | "Retraining";
