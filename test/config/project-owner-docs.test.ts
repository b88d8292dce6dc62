import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

test("project.owner: the schema's JSDoc says another organization needs the app installed there", () => {
  const source = read("src/config/sections/project-section.ts");
  const jsdoc = source.slice(
    source.indexOf("The login of the organization"),
    source.indexOf("owner: z"),
  );
  expect(jsdoc).toContain("installation on that");
  expect(jsdoc).toContain("Organization projects: Read and write");
});

test("docs/config.md's project part says another organization needs the app installed there", () => {
  const docs = read("docs/config.md");
  const project = docs.slice(docs.indexOf("## `project`"), docs.indexOf("## `labels`"));
  expect(project).toContain("app's installation on that organization");
  expect(project).toContain("_Organization projects: Read and write_");
});
