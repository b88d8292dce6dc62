import { z } from "zod";

/** What the adapter reads of a field: its type and, for a single select, the options. */
export const FIELD_SNAPSHOT_FRAGMENT = /* GraphQL */ `
  fragment BoardFieldSnapshot on ProjectV2FieldConfiguration {
    ... on ProjectV2FieldCommon {
      id
      name
      dataType
    }
    ... on ProjectV2SingleSelectField {
      options {
        id
        name
        color
        description
      }
    }
  }
`;

/**
 * What the adapter reads of a project, in every query that returns one: its fields with
 * their single-select options, and whether it has items (which decides whether options
 * may be rewritten). Projects allow at most 50 fields, so one page of 100 holds them all.
 */
export const BOARD_SNAPSHOT_FRAGMENT = /* GraphQL */ `
  fragment BoardSnapshot on ProjectV2 {
    id
    number
    title
    url
    items(first: 1) {
      totalCount
    }
    fields(first: 100) {
      nodes {
        ...BoardFieldSnapshot
      }
    }
  }
  ${FIELD_SNAPSHOT_FRAGMENT}
`;

/** A single-select option as read. */
export const optionSnapshotSchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  description: z.string(),
});

/** A field as read (`BoardFieldSnapshot`); `options` only on single-select fields. */
export const fieldSnapshotSchema = z.object({
  id: z.string(),
  name: z.string(),
  dataType: z.string(),
  options: z.array(optionSnapshotSchema).optional(),
});

/** A project as read (`BoardSnapshot`). */
export const boardSnapshotSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  url: z.string(),
  items: z.object({ totalCount: z.number().int() }),
  fields: z.object({ nodes: z.array(fieldSnapshotSchema.nullable()) }),
});

export type FieldSnapshot = z.infer<typeof fieldSnapshotSchema>;
export type BoardSnapshot = z.infer<typeof boardSnapshotSchema>;
