import { describe, expect, test } from "vitest";
import { loadConfig, type ConfigSource } from "../../src/config/load-config.js";
import { configSchema } from "../../src/config/schema.js";

/** A source that answers with `raw` (what Probot's merge produced) and records its arguments. */
function fakeSource(raw: unknown) {
  const calls: unknown[][] = [];
  const source: ConfigSource = {
    config: async (...args: unknown[]) => {
      calls.push(args);
      return raw;
    },
  };
  return { source, calls };
}

function throwingSource(error: unknown, repo = { owner: "acme", repo: "models" }): ConfigSource {
  return { config: () => Promise.reject(error), repo: () => repo };
}

const PLUGIN = "[@probot/octokit-plugin-config]";
const URL = (repo: string) =>
  `https://api.github.com/repos/acme/${repo}/contents/.github%2Fmlops.yml`;

test("no file (null) means every default", async () => {
  const { source } = fakeSource(null);
  expect(await loadConfig(source)).toEqual({ ok: true, config: configSchema.parse({}) });
});

test("reads mlops.yml with no defaults argument and merge options that replace lists and thresholds whole", async () => {
  const { source, calls } = fakeSource({});
  await loadConfig(source);
  expect(calls).toHaveLength(1);
  const [file, defaults, options] = calls[0] as [
    string,
    unknown,
    Record<string, (...a: unknown[]) => unknown>,
  ];
  expect([file, defaults]).toEqual(["mlops.yml", undefined]);
  expect(options.arrayMerge?.([5, 25, 50, 100], [10, 100])).toEqual([10, 100]);
  const thresholdsMerge = options.customMerge?.("thresholds") as (
    t: unknown,
    s: unknown,
  ) => unknown;
  expect(thresholdsMerge({ accuracy: { min: 0.9 } }, { f1: { min: 0.8 } })).toEqual({
    f1: { min: 0.8 },
  });
  expect(options.customMerge?.("rollout")).toBeUndefined();
});

describe("an invalid file", () => {
  test("is a ConfigError for .github/mlops.yml with every problem", async () => {
    const result = await loadConfig(
      fakeSource({ rollout: { steps: [5, 50, 25, 100], promoters: "root" } }).source,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        file: ".github/mlops.yml",
        problems: [
          { path: "rollout.steps[2]", message: "expected a step above the one before (50)" },
          { path: "rollout.promoters", message: 'expected write, maintain or admin, got "root"' },
        ],
        fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/),
      },
    });
  });

  test("has a fingerprint that is stable for the same file and differs for another error", async () => {
    const load = async (raw: unknown) => {
      const result = await loadConfig(fakeSource(raw).source);
      return result.ok ? null : result.error.fingerprint;
    };
    const first = await load({ rollout: { steps: [5] } });
    expect(await load({ rollout: { steps: [5] } })).toBe(first);
    expect(await load({ rollout: { steps: [0, 100] } })).not.toBe(first);
    expect(first).not.toBeNull();
  });
});

describe("errors thrown by context.config", () => {
  const yamlCause = Object.assign(
    new Error("Map keys must be unique at line 4, column 3:\n\n  steps: 1\n  ^\n"),
    {
      linePos: [{ line: 4, col: 3 }],
    },
  );

  test.each<[string, unknown, { file: string; path: string; message: string }]>([
    [
      "bad YAML in this repository's file",
      new Error(
        `${PLUGIN} Configuration could not be parsed from ${URL("models")} (invalid YAML)`,
        { cause: yamlCause },
      ),
      {
        file: ".github/mlops.yml",
        path: "line 4",
        message: "not valid YAML: Map keys must be unique (column 3)",
      },
    ],
    [
      "bad YAML in the organization's file",
      new Error(
        `${PLUGIN} Configuration could not be parsed from ${URL(".github")} (invalid YAML)`,
        { cause: yamlCause },
      ),
      {
        file: "acme/.github:.github/mlops.yml",
        path: "line 4",
        message: "not valid YAML: Map keys must be unique (column 3)",
      },
    ],
    [
      "bad YAML without a position",
      new Error(`${PLUGIN} Configuration could not be parsed from ${URL("models")} (invalid YAML)`),
      { file: ".github/mlops.yml", path: "(top level)", message: "not valid YAML" },
    ],
    [
      "a file that is only text",
      new Error(
        `${PLUGIN} Configuration could not be parsed from ${URL("models")} (YAML is not an object)`,
      ),
      {
        file: ".github/mlops.yml",
        path: "(top level)",
        message: "expected a mapping of sections such as project: and rollout:, got text",
      },
    ],
    [
      "an _extends that is not text",
      new Error(`${PLUGIN} Invalid value 42 for _extends in ${URL("models")}`),
      {
        file: ".github/mlops.yml",
        path: "_extends",
        message: "expected repo, owner/repo or owner/repo:path/file.yml, got 42",
      },
    ],
    [
      "another plugin error",
      new Error(`${PLUGIN} .txt extension is not support for configuration (path: "x.txt")`),
      {
        file: ".github/mlops.yml",
        path: "(top level)",
        message: '.txt extension is not support for configuration (path: "x.txt")',
      },
    ],
  ])("%s becomes a ConfigError", async (_name, error, expected) => {
    const result = await loadConfig(throwingSource(error));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({ file: result.error.file, ...result.error.problems[0] }).toEqual(expected);
    expect(result.error.problems).toHaveLength(1);
  });

  test("without repo(), an inherited file is still named by its repository", async () => {
    const error = new Error(
      `${PLUGIN} Configuration could not be parsed from ${URL("models")} (invalid YAML)`,
    );
    const result = await loadConfig({ config: () => Promise.reject(error) });
    expect(!result.ok && result.error.file).toBe("acme/models:.github/mlops.yml");
  });

  test.each([
    ["an HTTP error", Object.assign(new Error("Server Error"), { status: 500 })],
    ["a non-Error", "boom"],
  ])("%s is rethrown: it is not the file's fault", async (_name, error) => {
    await expect(loadConfig(throwingSource(error))).rejects.toBe(error);
  });
});
