import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";

/** Every `from "…"` specifier of the TypeScript files under a folder. */
function importsUnder(dir: string): Array<{ file: string; from: string }> {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .flatMap((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      return [...text.matchAll(/\bfrom\s+"([^"]+)"/g)].map((m) => ({
        file: relative(".", join(dir, name)),
        from: m[1] ?? "",
      }));
    });
}

test("the domain imports no I/O: no Octokit, Probot, files, clock-bearing modules or shell code", () => {
  const allowedPackages = [
    "zod",
    "mdast-util-from-markdown",
    "mdast-util-gfm",
    "micromark-extension-gfm",
  ];
  const offending = importsUnder("src/domain").filter(({ from }) =>
    from.startsWith(".")
      ? /\/(render|github|handlers|config|simulator|cli|demo|bench)\//.test(from)
      : !allowedPackages.includes(from) && !from.startsWith("mdast"),
  );
  expect(offending).toEqual([]);
});

test("the github adapters hold no policy: they import no handlers, config or domain planning", () => {
  const offending = importsUnder("src/github").filter(({ from }) =>
    /\/(handlers|config|simulator|demo)\//.test(from),
  );
  expect(offending).toEqual([]);
});

test("the app itself never imports the simulator, the demo or test code", () => {
  const offending = [
    "src/handlers",
    "src/github",
    "src/domain",
    "src/config",
    "src/render",
  ].flatMap((dir) =>
    importsUnder(dir).filter(({ from }) => /\/(simulator|demo|bench)\/|\/test\//.test(from)),
  );
  expect(offending).toEqual([]);
});
