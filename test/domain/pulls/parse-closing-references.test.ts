import { expect, test } from "vitest";
import { parseClosingReferences } from "../../../src/domain/pulls/parse-closing-references.js";

const repo = "acme/models";

test.each([
  ["Closes #12", [12]],
  ["closes #12, fixes #3 and Resolves #12", [12, 3]],
  [
    "CLOSE #1\nclosed #2\nfix #3\nFixes #4\nfixed #5\nresolve #6\nResolves #7\nresolved #8",
    [1, 2, 3, 4, 5, 6, 7, 8],
  ],
  ["Fixes: #9", [9]],
  ["Closes acme/models#12", [12]],
  ["Closes ACME/Models#12", [12]],
  ["Closes https://github.com/acme/models/issues/12", [12]],
  ["Closes https://ghe.example/acme/models/issues/12", [12]],
  ["Closes acme/other#12 and https://github.com/other/models/issues/13", []],
  ["See #12; relates to #13", []],
  ["Closes #12abc", []],
  ["Closes #0", []],
  ["encloses #12", []],
  ["`Closes #12`", []],
  ["```\nCloses #12\n```\nFixes #13", [13]],
  ["Closes https://github.com/acme/models/pull/12", []],
  ["``Closes #12``", []],
  ["`a\nCloses #12`", []],
  ["Closes `x` #12", []],
  ["<!-- e.g. Closes #123 -->\nFixes #13", [13]],
  ["  ````md\nCloses #12\n```\nstill code\n````\nFixes #13", [13]],
  ["~~~\nCloses #12\n~~~\nFixes #13", [13]],
  ["`one`\n\nCloses #12 `two`", [12]],
  ["", []],
])("%j → %j", (body, numbers) => {
  expect(parseClosingReferences(body, repo)).toEqual(numbers);
});
