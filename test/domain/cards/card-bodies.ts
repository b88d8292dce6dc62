/** Issue bodies the card tests share: form bodies as GitHub writes them, and others. */
export const experimentForm = [
  "### Model\n\nfraud-detector",
  "### Version\n\n2.4.0",
  "### Hypothesis\n\nMerchant-category embeddings raise F1 by 1 point.\r\nLatency stays under 50 ms.",
  "### Dataset\n\ntransactions, snapshot 2026-11-01",
  "### Features\n\n_No response_",
  "### Architecture\n\nGradient-boosted trees",
  "### Hyperparameters\n\n```yaml\nlr: 0.001\n### a YAML comment, not a heading\nepochs: 20\n```",
  "### Baseline\n\nfraud-detector 2.3.0 (accuracy 0.925)",
  "### Notes\n\nSee #12 and https://wandb.example/run/7",
  "### Owner team\n\n@acme/risk-ml",
].join("\n\n");

export const deploymentForm = [
  "### Model\n\nfraud-detector",
  "### Version\n\nv2.4.0",
  "### Experiment\n\n#12",
  "### Environment\n\nproduction",
  "### Serving\n\nKServe, 3 replicas",
  "### Resources\n\n_No response_",
  "### Rollback plan\n\n1. `/rollback` on the PR\n2. Check the dashboard",
  "### Release notes\n\n- faster\n- more accurate",
  "### Ticket\n\nOPS-7",
].join("\n\n");

/** Bodies whose answers must survive a trip through a card exactly. */
export const roundTripBodies: { name: string; body: string | null }[] = [
  { name: "the experiment form", body: experimentForm },
  { name: "the deployment form", body: deploymentForm },
  {
    name: "a body written by hand",
    body: "Try embeddings.\n\n## Plan\n\n#### Step 1\n\n- [ ] data",
  },
  { name: "no body", body: null },
  {
    name: "answers that look like card markup",
    body: '### Notes\n\n### \n\n#### Results\n\n<!-- a comment -->\n\n### Label with --> and "quotes"\n\n|a|b|\n|-|-|\n|1|2|',
  },
  {
    name: "multi-line answers, a fence left open and trailing spaces",
    body: "Intro  \n\n### Model\n\n  fraud-detector  \n\n### Serving\n\n```\n### open fence",
  },
  {
    name: "an unknown label that names a section",
    body: "### Results\n\nmy own results\n\n### Checklist\n\n- [x] mine",
  },
];
