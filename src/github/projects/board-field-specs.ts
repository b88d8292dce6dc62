import type { FieldKey, FieldType } from "./board-types.js";

/** Colors GitHub offers for single-select options (`ProjectV2SingleSelectFieldOptionColor`). */
export const optionColors = [
  "GRAY",
  "BLUE",
  "GREEN",
  "YELLOW",
  "ORANGE",
  "RED",
  "PINK",
  "PURPLE",
] as const;

/** A color of `optionColors`. */
export type OptionColor = (typeof optionColors)[number];

/** An option as GitHub's input wants it: name, color and description are all required. */
export interface OptionSpec {
  name: string;
  color: OptionColor;
  description: string;
}

/** A field of the contract's board. */
export interface FieldSpec {
  key: FieldKey;
  name: string;
  type: FieldType;
  options?: OptionSpec[];
}

// Columns read left to right as work advances: grey for waiting, green for live.
const columnColors: OptionColor[] = ["GRAY", "BLUE", "YELLOW", "PURPLE", "ORANGE", "GREEN"];
const extraColors: OptionColor[] = ["PINK", "RED"];

const kindOptions: OptionSpec[] = [
  { name: "Experiment", color: "BLUE", description: "A model experiment" },
  { name: "Deployment", color: "GREEN", description: "A model release and its rollout" },
  { name: "Incident", color: "RED", description: "A monitoring alert on a live model" },
  { name: "Retraining", color: "ORANGE", description: "A model to retrain" },
];

/**
 * The fields the contract's board has ("The board" in the product contract), in the order
 * they are created: Status holds the configured columns, in board order.
 */
export function boardFieldSpecs(columns: string[]): FieldSpec[] {
  const palette = [...columnColors, ...extraColors];
  return [
    {
      key: "status",
      name: "Status",
      type: "single_select",
      options: columns.map((name, i) => ({
        name,
        color: palette[i % palette.length] ?? "GRAY",
        description: "",
      })),
    },
    { key: "kind", name: "Kind", type: "single_select", options: kindOptions },
    { key: "model", name: "Model", type: "text" },
    { key: "version", name: "Version", type: "text" },
    { key: "primaryMetric", name: "Primary metric", type: "number" },
    { key: "rolloutPercent", name: "Rollout %", type: "number" },
  ];
}
