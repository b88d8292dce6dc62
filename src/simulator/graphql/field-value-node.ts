import { createHash } from "node:crypto";
import { iso, type SimContext } from "../sim-context.js";
import type { FieldRecord, FieldValue, IssueRecord, ItemRecord } from "../store/records.js";
import { fieldNode, optionNode } from "./field-node.js";
import { itemNode } from "./item-node.js";
import { paginateConnection, type ConnectionArgs } from "./paginate-connection.js";
import { repositoryNode } from "./repository-node.js";

function valueId(item: ItemRecord, field: FieldRecord): string {
  const hash = createHash("sha1").update(`${item.nodeId}:${field.nodeId}`).digest("base64url");
  return `PVTFSV_${hash.slice(0, 20)}`;
}

/** One `ProjectV2ItemFieldValue` union member for a stored value. */
function storedValueNode(field: FieldRecord, value: FieldValue): Record<string, unknown> {
  if ("text" in value) return { __typename: "ProjectV2ItemFieldTextValue", text: value.text };
  if ("number" in value)
    return { __typename: "ProjectV2ItemFieldNumberValue", number: value.number };
  if ("date" in value) return { __typename: "ProjectV2ItemFieldDateValue", date: value.date };
  if ("optionId" in value) {
    const option = field.options.find((o) => o.id === value.optionId);
    return {
      __typename: "ProjectV2ItemFieldSingleSelectValue",
      optionId: value.optionId,
      ...(option
        ? optionNode(option)
        : { name: null, nameHTML: null, color: "GRAY", description: null, descriptionHTML: null }),
    };
  }
  const iteration = field.iterations.find((i) => i.id === value.iterationId);
  return {
    __typename: "ProjectV2ItemFieldIterationValue",
    iterationId: value.iterationId,
    title: iteration?.title ?? "",
    titleHTML: iteration?.title ?? "",
    startDate: iteration?.startDate ?? "",
    duration: iteration?.duration ?? 0,
  };
}

/** The value node of a built-in field that GitHub derives from the content, or null. */
function derivedValueNode(ctx: SimContext, field: FieldRecord, content: IssueRecord | undefined) {
  if (!content) return null;
  const repo = ctx.store.repoOf(content);
  if (field.dataType === "TITLE")
    return { __typename: "ProjectV2ItemFieldTextValue", text: content.title };
  if (field.dataType === "REPOSITORY") {
    return {
      __typename: "ProjectV2ItemFieldRepositoryValue",
      repository: () => repositoryNode(ctx, repo),
    };
  }
  if (field.dataType === "LABELS" && content.labels.length > 0) {
    return {
      __typename: "ProjectV2ItemFieldLabelValue",
      labels: (args: ConnectionArgs, _c: unknown, info: { fieldName: string }) =>
        paginateConnection(
          content.labels.flatMap((n) => {
            const label = repo.labels.get(n.toLowerCase());
            return label
              ? [
                  {
                    __typename: "Label",
                    id: label.nodeId,
                    name: label.name,
                    color: label.color,
                    description: label.description,
                  },
                ]
              : [];
          }),
          args,
          info,
        ),
    };
  }
  return null;
}

/**
 * An item's value for a field as a `ProjectV2ItemFieldValue` node, or null when it
 * has none. Title, Repository and Labels come from the issue, as on GitHub.
 */
export function fieldValueNode(
  ctx: SimContext,
  item: ItemRecord,
  field: FieldRecord,
): Record<string, unknown> | null {
  const stored = item.values.get(field.nodeId);
  const content = ctx.store.node(item.contentNodeId);
  const node = stored
    ? storedValueNode(field, stored)
    : derivedValueNode(ctx, field, content?.kind === "issue" ? content : undefined);
  if (!node) return null;
  // The option's own `id` (from optionNode) gives way to the value's node id.
  return {
    ...node,
    id: valueId(item, field),
    databaseId: item.id,
    createdAt: iso(item.createdAt),
    updatedAt: iso(item.updatedAt),
    creator: null,
    field: () => fieldNode(ctx, field),
    item: () => itemNode(ctx, item),
  };
}
