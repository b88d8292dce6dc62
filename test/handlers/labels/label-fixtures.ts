/** The default names of the eight labels the app creates, in its order. */
export const DEFAULT_LABEL_NAMES = [
  "ml-experiment",
  "ml-deployment",
  "ml-monitoring",
  "ml-retraining",
  "ml-data",
  "ml-training",
  "type-mlops",
  "mlops-board",
];

/** Labels as `GET /repos/{owner}/{repo}/labels` lists them. */
export function repoLabels(names: string[], color = "ededed") {
  return names.map((name, i) => ({
    id: 100 + i,
    node_id: `LA_${i}`,
    url: `https://api.github.com/repos/acme/models/labels/${encodeURIComponent(name)}`,
    name,
    color,
    default: false,
    description: null,
  }));
}
