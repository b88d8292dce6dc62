import type { setupSimulator } from "./setup-simulator.js";

/** GraphQL documents the Projects v2 tests send, as an app would. */

type Gql = Awaited<ReturnType<typeof setupSimulator>>["octokit"]["graphql"];

export const CREATE = `mutation($owner: ID!, $title: String!) {
  createProjectV2(input: { ownerId: $owner, title: $title }) {
    projectV2 { id number title url fields(first: 20) { nodes {
      ... on ProjectV2FieldCommon { id name dataType }
      ... on ProjectV2SingleSelectField { options { id name color description } }
    } } }
  }
}`;
export const ADD_FIELD = `mutation($project: ID!, $name: String!, $type: ProjectV2CustomFieldType!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  createProjectV2Field(input: { projectId: $project, name: $name, dataType: $type, singleSelectOptions: $options }) {
    projectV2Field { ... on ProjectV2FieldCommon { id name } ... on ProjectV2SingleSelectField { options { id name } } }
  }
}`;
export const ADD_ITEM = `mutation($project: ID!, $content: ID!) {
  addProjectV2ItemById(input: { projectId: $project, contentId: $content }) { item { id } }
}`;
export const SET_VALUE = `mutation($project: ID!, $item: ID!, $field: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field, value: $value }) {
    projectV2Item { id }
  }
}`;
export const ITEMS = `query($owner: String!, $number: Int!) {
  organization(login: $owner) { projectV2(number: $number) { items(first: 10) { totalCount nodes {
    id type
    content { ... on Issue { number title } }
    fieldValues(first: 20) { nodes {
      ... on ProjectV2ItemFieldTextValue { text field { ... on ProjectV2FieldCommon { name } } }
      ... on ProjectV2ItemFieldNumberValue { number field { ... on ProjectV2FieldCommon { name } } }
      ... on ProjectV2ItemFieldSingleSelectValue { name optionId field { ... on ProjectV2FieldCommon { name } } }
    } }
    status: fieldValueByName(name: "Status") { ... on ProjectV2ItemFieldSingleSelectValue { name } }
  } } } }
}`;
export const UPDATE_OPTIONS = `mutation($field: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  updateProjectV2Field(input: { fieldId: $field, singleSelectOptions: $options }) {
    projectV2Field { ... on ProjectV2SingleSelectField { options { id name } } }
  }
}`;

export interface Field {
  id: string;
  name: string;
  dataType?: string;
  options?: Array<{ id: string; name: string }>;
}
export interface Project {
  id: string;
  number: number;
  url: string;
  fields: { nodes: Field[] };
}

/** Creates the organization project "MLOps" as the app would. */
export async function createOrgProject(graphql: Gql) {
  const { organization } = await graphql<{ organization: { id: string } }>(`
    query {
      organization(login: "acme") {
        id
      }
    }
  `);
  const { createProjectV2 } = await graphql<{ createProjectV2: { projectV2: Project } }>(CREATE, {
    owner: organization.id,
    title: "MLOps",
  });
  return createProjectV2.projectV2;
}
