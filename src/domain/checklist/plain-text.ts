import type { Nodes } from "mdast";

/**
 * The text a reader sees in a node, whitespace collapsed. HTML (comments included) is left out
 * because GitHub does not show it; nested lists are left out so that a parent task item's text
 * does not swallow its children's.
 */
export function plainText(nodes: readonly Nodes[]): string {
  return nodes.map(collect).join(" ").replace(/\s+/g, " ").trim();
}

function collect(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "image":
      return node.alt ?? "";
    case "break":
      return " ";
    case "html":
    case "list":
      return "";
    default: {
      // Every mdast parent's children are Nodes; the union of child-array types is not callable.
      const children: readonly Nodes[] = "children" in node ? node.children : [];
      return children.map(collect).join("");
    }
  }
}
