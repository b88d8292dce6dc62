import { expect, test } from "vitest";
import { configSchema } from "../../../src/config/schema.js";
import {
  cannotBeCard,
  decideIssueLabels,
  type IssueLabelEvent,
} from "../../../src/domain/labels/decide-issue-labels.js";

const names = configSchema.parse({}).labels;
const event = (over: Partial<IssueLabelEvent>): IssueLabelEvent => ({
  action: "opened",
  labels: [],
  formKind: null,
  senderType: "User",
  ...over,
});

test.each([
  [
    "opened with the experiment label",
    event({ labels: ["ml-experiment"] }),
    { action: "card", kind: "experiment" },
  ],
  [
    "labeled with the deployment label",
    event({ action: "labeled", labels: ["ml-deployment"], added: "ml-deployment" }),
    { action: "card", kind: "deployment" },
  ],
  [
    "experiment form, label dropped",
    event({ formKind: "experiment" }),
    { action: "label", kind: "experiment", label: "ml-experiment" },
  ],
  [
    "deployment form, label dropped, another label kept",
    event({ formKind: "deployment", labels: ["bug"] }),
    { action: "label", kind: "deployment", label: "ml-deployment" },
  ],
  [
    "experiment form with the retraining label",
    event({ formKind: "experiment", labels: ["ML-Retraining"] }),
    null,
  ],
  ["experiment form opened by a bot", event({ formKind: "experiment", senderType: "Bot" }), null],
  [
    "a form's body on a labeled event",
    event({ action: "labeled", formKind: "experiment", labels: ["bug"], added: "bug" }),
    null,
  ],
  ["a plain issue", event({}), null],
] as const)("%s", (_name, input, expected) => {
  expect(decideIssueLabels(input, names)).toEqual(expected);
});

test.each([
  ["opened, no label, no form", event({}), true],
  ["opened, no label, a form by a bot", event({ formKind: "experiment", senderType: "Bot" }), true],
  ["opened, no label, a form by a person", event({ formKind: "experiment" }), false],
  ["opened with a label", event({ labels: ["bug"] }), false],
  ["labeled", event({ action: "labeled", labels: ["bug"] }), false],
] as const)("cannotBeCard: %s → %s", (_name, input, expected) => {
  expect(cannotBeCard(input)).toBe(expected);
});
