import { describe, expect, test } from "vitest";
import { parseTaskItems, type TaskItem } from "../../../src/domain/checklist/parse-task-items.js";

const item = (line: number, checked: boolean, text: string): TaskItem => ({ text, checked, line });

describe("parseTaskItems", () => {
  test.each<[string, string, TaskItem[]]>([
    ["empty body", "", []],
    ["no lists", "Just text.\n\nMore text with [ ] in it.", []],
    ["ticked and unticked", "- [ ] one\n- [x] two", [item(1, false, "one"), item(2, true, "two")]],
    ["capital X is ticked", "- [X] Upper", [item(1, true, "Upper")]],
    [
      "star and ordered markers",
      "* [ ] star\n\n1. [x] numbered",
      [item(1, false, "star"), item(3, true, "numbered")],
    ],
    ["plain list items are not tasks", "- plain\n- [ ] task", [item(2, false, "task")]],
    [
      "nested items count one by one, parent text without children",
      "- [x] parent\n  - [ ] child\n    - [x] grandchild\n- [ ] sibling",
      [
        item(1, true, "parent"),
        item(2, false, "child"),
        item(3, true, "grandchild"),
        item(4, false, "sibling"),
      ],
    ],
    ["task nested under a plain item", "- plain\n  - [ ] inner", [item(2, false, "inner")]],
    [
      "malformed boxes are not tasks",
      "- [ ]\n- [x]no-space\n- [ x ] spaced\n-[ ] no marker space\n- [-] dash\n- [ ] real",
      [item(6, false, "real")],
    ],
    ["empty box with only spaces is not a task", "- [ ]   \n- [x] ok", [item(2, true, "ok")]],
    [
      "inline Markdown becomes plain text; HTML is dropped",
      "- [ ] **Model** `validated` on [data](https://x.test) <!-- note -->\n  second line",
      [item(1, false, "Model validated on data second line")],
    ],
    [
      "image alt text and hard breaks",
      "- [ ] see ![chart](c.png)  \n  next",
      [item(1, false, "see chart next")],
    ],
    ["fenced code", "```\n- [ ] in code\n```\n- [x] outside", [item(4, true, "outside")]],
    ["tilde fence", "~~~md\n- [ ] in code\n~~~", []],
    ["indented code", "Para\n\n    - [ ] indented code\n", []],
    ["block quote", "> - [ ] quoted\n> > - [x] deeper\n\n- [ ] mine", [item(4, false, "mine")]],
    [
      "list item holding a quote",
      "- [ ] outer\n  > - [ ] quoted inside",
      [item(1, false, "outer")],
    ],
    ["HTML comment block", "<!--\n- [ ] hidden\n-->\n- [ ] shown", [item(4, false, "shown")]],
    ["inline HTML comment", "text <!-- - [ ] hidden --> more", []],
    [
      "details block still renders its list",
      "<details>\n\n- [ ] inside details\n\n</details>",
      [item(3, false, "inside details")],
    ],
    [
      "CRLF line endings",
      "# Title\r\n\r\n- [ ] one\r\n- [x] two\r\n",
      [item(3, false, "one"), item(4, true, "two")],
    ],
    ["CR line endings", "- [x] one\r- [ ] two", [item(1, true, "one"), item(2, false, "two")]],
    ["table cells are not tasks", "| a |\n| - |\n| [ ] b |", []],
  ])("%s", (_name, markdown, expected) => {
    expect(parseTaskItems(markdown)).toEqual(expected);
  });
});

const card = [
  "## Deploy model: fraud-detector v2.3.0",
  "### Model info",
  "- [ ] not in a checklist section",
  "### Checklist",
  "- [x] Model validated",
  "- [ ] A/B test configured",
  "#### Notes under the checklist",
  "- [ ] sub-heading item",
  "### Rollout",
  "- [x] 5% traffic",
  "- [ ] 25% traffic",
  "## Another part",
  "### checklist",
  "- [ ] second checklist section",
].join("\n");

describe("parseTaskItems with a section", () => {
  test.each<[string, string, TaskItem[]]>([
    [
      "Checklist: up to the next heading of the same level, sub-headings included; every section of that name",
      "Checklist",
      [
        item(5, true, "Model validated"),
        item(6, false, "A/B test configured"),
        item(8, false, "sub-heading item"),
        item(14, false, "second checklist section"),
      ],
    ],
    [
      "Rollout: stops at a higher-level heading",
      "Rollout",
      [item(10, true, "5% traffic"), item(11, false, "25% traffic")],
    ],
    [
      "case and surrounding spaces do not matter",
      "  rollout ",
      [item(10, true, "5% traffic"), item(11, false, "25% traffic")],
    ],
    ["a missing section has no items", "Release notes", []],
    [
      "a section holding only a sub-heading's items",
      "Notes under the checklist",
      [item(8, false, "sub-heading item")],
    ],
  ])("%s", (_name, section, expected) => {
    expect(parseTaskItems(card, { section })).toEqual(expected);
  });

  test("a heading with inline Markdown matches by its plain text", () => {
    expect(parseTaskItems("### *Checklist*\n- [ ] a", { section: "Checklist" })).toEqual([
      item(2, false, "a"),
    ]);
  });
});
