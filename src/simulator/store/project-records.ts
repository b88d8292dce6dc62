import type { NodeBase } from "./records.js";

/** Projects v2 records: a project, its fields (with options or iterations), items and views. */
export interface OptionRecord {
  id: string;
  name: string;
  color: string;
  description: string;
}

export interface IterationRecord {
  id: string;
  title: string;
  startDate: string;
  duration: number;
}

export interface FieldRecord extends NodeBase {
  kind: "field";
  projectNodeId: string;
  name: string;
  dataType: string;
  options: OptionRecord[];
  iterations: IterationRecord[];
  createdAt: Date;
  updatedAt: Date;
}

export type FieldValue =
  | { text: string }
  | { number: number }
  | { date: string }
  | { optionId: string }
  | { iterationId: string };

export interface ItemRecord extends NodeBase {
  kind: "item";
  projectNodeId: string;
  contentNodeId: string;
  /** field node id → value. */
  values: Map<string, FieldValue>;
  createdAt: Date;
  updatedAt: Date;
  archived: boolean;
}

export interface ViewRecord extends NodeBase {
  kind: "view";
  projectNodeId: string;
  number: number;
  name: string;
  layout: "TABLE_LAYOUT" | "BOARD_LAYOUT" | "ROADMAP_LAYOUT";
  filter: string | null;
  /** numeric field ids, as the REST views API takes them. */
  visibleFields: number[];
  groupBy: number[];
  verticalGroupBy: number[];
  sortBy: Array<[number, string]>;
  creator: string;
  createdAt: Date;
}

export interface ProjectRecord extends NodeBase {
  kind: "project";
  owner: string;
  number: number;
  title: string;
  closed: boolean;
  template: boolean;
  creator: string;
  createdAt: Date;
  updatedAt: Date;
  fields: FieldRecord[];
  items: ItemRecord[];
  views: ViewRecord[];
}
