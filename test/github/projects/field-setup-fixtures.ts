import { FIELD_SNAPSHOT_FRAGMENT } from "../../../src/github/projects/board-snapshot.js";
import { contractFields } from "./board-fixtures.js";

/** Field-setup documents, variables and answers for a project of `acme`. */

export const target = { owner: "acme", title: "MLOps" };
export const findFirstPage = { owner: "acme", title: "MLOps", cursor: null };

/** The one field-setup document for a project with only GitHub's built-in fields. */
export const SET_UP_NEW_BOARD = `mutation SetUpBoardFields($kind: CreateProjectV2FieldInput!, $model: CreateProjectV2FieldInput!, $version: CreateProjectV2FieldInput!, $primaryMetric: CreateProjectV2FieldInput!, $rolloutPercent: CreateProjectV2FieldInput!, $status: UpdateProjectV2FieldInput!) {
  kind: createProjectV2Field(input: $kind) {
    projectV2Field {
      ...BoardFieldSnapshot
    }
  }
  model: createProjectV2Field(input: $model) {
    projectV2Field {
      ...BoardFieldSnapshot
    }
  }
  version: createProjectV2Field(input: $version) {
    projectV2Field {
      ...BoardFieldSnapshot
    }
  }
  primaryMetric: createProjectV2Field(input: $primaryMetric) {
    projectV2Field {
      ...BoardFieldSnapshot
    }
  }
  rolloutPercent: createProjectV2Field(input: $rolloutPercent) {
    projectV2Field {
      ...BoardFieldSnapshot
    }
  }
  status: updateProjectV2Field(input: $status) {
    projectV2Field {
      ...BoardFieldSnapshot
    }
  }
}
${FIELD_SNAPSHOT_FRAGMENT}`;

/** The field-setup document with a single write. */
export const oneWrite = (
  key: string,
  mutation: string,
  inputType: string,
) => `mutation SetUpBoardFields($${key}: ${inputType}!) {
  ${key}: ${mutation}(input: $${key}) {
    projectV2Field {
      ...BoardFieldSnapshot
    }
  }
}
${FIELD_SNAPSHOT_FRAGMENT}`;

export function setUpVariables(projectId: string) {
  return {
    kind: {
      projectId,
      name: "Kind",
      dataType: "SINGLE_SELECT",
      singleSelectOptions: [
        { name: "Experiment", color: "BLUE", description: "A model experiment" },
        { name: "Deployment", color: "GREEN", description: "A model release and its rollout" },
        { name: "Incident", color: "RED", description: "A monitoring alert on a live model" },
        { name: "Retraining", color: "ORANGE", description: "A model to retrain" },
      ],
    },
    model: { projectId, name: "Model", dataType: "TEXT" },
    version: { projectId, name: "Version", dataType: "TEXT" },
    primaryMetric: { projectId, name: "Primary metric", dataType: "NUMBER" },
    rolloutPercent: { projectId, name: "Rollout %", dataType: "NUMBER" },
    status: {
      fieldId: "F_status",
      singleSelectOptions: [
        { name: "Backlog", color: "GRAY", description: "" },
        { name: "Data Prep", color: "BLUE", description: "" },
        { name: "Experiment", color: "YELLOW", description: "" },
        { name: "Evaluation", color: "PURPLE", description: "" },
        { name: "Deployment", color: "ORANGE", description: "" },
        { name: "Monitoring", color: "GREEN", description: "" },
      ],
    },
  };
}

const fieldByName = (name: string) => contractFields.find((f) => f.name === name);
export const setUpAnswer = {
  kind: { projectV2Field: fieldByName("Kind") },
  model: { projectV2Field: fieldByName("Model") },
  version: { projectV2Field: fieldByName("Version") },
  primaryMetric: { projectV2Field: fieldByName("Primary metric") },
  rolloutPercent: { projectV2Field: fieldByName("Rollout %") },
  status: { projectV2Field: fieldByName("Status") },
};
