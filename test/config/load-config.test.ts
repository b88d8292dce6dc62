import { describe, expect, test } from "vitest";
import { loadConfig, type ConfigSource } from "../../src/config/load-config.js";
import { MAX_EXTENDS_FILES } from "../../src/config/read-config-chain.js";
import { configSchema } from "../../src/config/schema.js";

const DIRECTORY = Symbol("directory");

/**
 * A source whose client answers the contents API from `files` (`owner/repo:path` → text),
 * 404 for anything else, as GitHub does; `requested` records each file asked for.
 */
function fakeSource(files: Record<string, string | typeof DIRECTORY>) {
  const requested: string[] = [];
  const request = async (route: string, params: Record<string, unknown>) => {
    expect(route).toBe("GET /repos/{owner}/{repo}/contents/{path}");
    expect(params.mediaType).toEqual({ format: "raw" });
    const key = `${String(params.owner)}/${String(params.repo)}:${String(params.path)}`;
    requested.push(key);
    const file = files[key];
    if (file === undefined) throw Object.assign(new Error("Not Found"), { status: 404 });
    if (file === DIRECTORY)
      return { data: [], headers: { "content-type": "application/json; charset=utf-8" } };
    return { data: file, headers: { "content-type": "text/plain; charset=utf-8" } };
  };
  const source = {
    octokit: { request },
    repo: () => ({ owner: "acme", repo: "models" }),
  } as unknown as ConfigSource;
  return { source, requested };
}

const OWN = "acme/models:.github/mlops.yml";
const ORG = "acme/.github:.github/mlops.yml";

test("no file anywhere means every default; the owner's .github repository is asked second", async () => {
  const { source, requested } = fakeSource({});
  expect(await loadConfig(source)).toEqual({ ok: true, config: configSchema.parse({}) });
  expect(requested).toEqual([OWN, ORG]);
});

test("an empty file, or one of comments only, means every default", async () => {
  for (const text of ["", "# nothing yet\n", "~\n"]) {
    const result = await loadConfig(fakeSource({ [OWN]: text }).source);
    expect(result).toEqual({ ok: true, config: configSchema.parse({}) });
  }
});

test("_extends: the nearer file wins key by key; lists and thresholds replace the base's whole", async () => {
  const { source, requested } = fakeSource({
    [OWN]:
      "_extends: acme/base:cfg/ml.yml\nrollout: { steps: [10, 100] }\nmetrics: { thresholds: { f1: { min: 0.8 } } }\n",
    "acme/base:cfg/ml.yml":
      "rollout: { environment: prod-eu, steps: [5, 25, 50, 100] }\nmetrics: { thresholds: { accuracy: { min: 0.9 } } }\n",
  });
  const result = await loadConfig(source);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  expect(result.config.rollout).toMatchObject({ environment: "prod-eu", steps: [10, 100] });
  expect(result.config.metrics.thresholds).toEqual({ f1: { min: 0.8 } });
  expect(requested).toEqual([OWN, "acme/base:cfg/ml.yml"]);
});

describe("an invalid file", () => {
  test("is a ConfigError for .github/mlops.yml with every problem", async () => {
    const result = await loadConfig(
      fakeSource({ [OWN]: "rollout:\n  steps: [5, 50, 25, 100]\n  promoters: root\n" }).source,
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
    const load = async (text: string) => {
      const result = await loadConfig(fakeSource({ [OWN]: text }).source);
      return result.ok ? null : result.error.fingerprint;
    };
    const first = await load("rollout: { steps: [5] }");
    expect(await load("rollout: { steps: [5] }")).toBe(first);
    expect(await load("rollout: { steps: [0, 100] }")).not.toBe(first);
    expect(first).not.toBeNull();
  });
});

const chain = (length: number) =>
  Object.fromEntries(
    Array.from({ length }, (_, i) => [
      i === 0 ? OWN : `acme/base${i}:.github/mlops.yml`,
      `_extends: base${i + 1}\n`,
    ]),
  );

describe("a file that cannot be used at all", () => {
  test.each<[string, Record<string, string | typeof DIRECTORY>, string, string, string]>([
    [
      "bad YAML in this repository's file",
      { [OWN]: "rollout:\n  steps: 1\n  steps: 2\n" },
      ".github/mlops.yml",
      "line 3",
      "not valid YAML: Map keys must be unique (column 3)",
    ],
    [
      "bad YAML in the organization's file",
      { [ORG]: "rollout: [\n" },
      "acme/.github:.github/mlops.yml",
      "line 2",
      "not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (column 1)",
    ],
    [
      "an alias to no anchor",
      { [OWN]: "rollout: *base\n" },
      ".github/mlops.yml",
      "(top level)",
      "not valid YAML: Unresolved alias (the anchor must be set before the alias): base",
    ],
    [
      "a number (Probot's plugin takes it for no configuration)",
      { [OWN]: "42\n" },
      ".github/mlops.yml",
      "(top level)",
      "expected a mapping of sections such as project: and rollout:, got a number (42)",
    ],
    [
      "zero (Probot's plugin turns it into {})",
      { [OWN]: "0\n" },
      ".github/mlops.yml",
      "(top level)",
      "expected a mapping of sections such as project: and rollout:, got a number (0)",
    ],
    [
      "true",
      { [OWN]: "true\n" },
      ".github/mlops.yml",
      "(top level)",
      "expected a mapping of sections such as project: and rollout:, got a single value (true)",
    ],
    [
      "a list",
      { [OWN]: "- project\n- rollout\n" },
      ".github/mlops.yml",
      "(top level)",
      "expected a mapping of sections such as project: and rollout:, got a list",
    ],
    [
      "only text",
      { [OWN]: "hello\n" },
      ".github/mlops.yml",
      "(top level)",
      'expected a mapping of sections such as project: and rollout:, got text ("hello")',
    ],
    [
      "an inherited scalar, named by its repository",
      { [OWN]: "_extends: .github\n", [ORG]: "42\n" },
      "acme/.github:.github/mlops.yml",
      "(top level)",
      "expected a mapping of sections such as project: and rollout:, got a number (42)",
    ],
    [
      "a file over the size bound",
      { [OWN]: `# ${"x".repeat(20_000)}\n` },
      ".github/mlops.yml",
      "(top level)",
      "the file is 20,003 bytes; mlops-bot reads at most 16,384 bytes (16 KiB), and a full configuration is under 2 KiB",
    ],
    [
      "an _extends that is not text",
      { [OWN]: "_extends: 42\n" },
      ".github/mlops.yml",
      "_extends",
      "expected repo, owner/repo or owner/repo:path/file.yml, got 42",
    ],
    [
      "an _extends that is not a repository",
      { [OWN]: "_extends: 'not a repo!'\n" },
      ".github/mlops.yml",
      "_extends",
      'expected repo, owner/repo or owner/repo:path/file.yml, got "not a repo!"',
    ],
    [
      "an _extends to a repository GitHub does not give (Probot's plugin ignores it)",
      { [OWN]: "_extends: acme/nowhere\nrollout: { steps: [10, 100] }\n" },
      ".github/mlops.yml",
      "_extends",
      "expected a file at acme/nowhere:.github/mlops.yml, found none: the repository or the file does not exist, or the repository is private and mlops-bot is not installed on it",
    ],
    [
      "an _extends chain that comes back (the owner's case differs)",
      { [OWN]: "_extends: .github\n", [ORG]: "_extends: ACME/models\n" },
      "acme/.github:.github/mlops.yml",
      "_extends",
      "the _extends chain comes back to a file it has already read",
    ],
    [
      "an _extends chain too long to follow on every event",
      chain(MAX_EXTENDS_FILES + 1),
      `acme/base${MAX_EXTENDS_FILES - 1}:.github/mlops.yml`,
      "_extends",
      `the _extends chain is longer than ${MAX_EXTENDS_FILES} files`,
    ],
    [
      "a directory where the file should be",
      { [OWN]: DIRECTORY },
      ".github/mlops.yml",
      "(top level)",
      "expected a file, found a directory or a submodule",
    ],
  ])("%s is a ConfigError naming the file", async (_name, files, file, path, message) => {
    const result = await loadConfig(fakeSource(files).source);
    expect(result).toEqual({
      ok: false,
      error: { file, problems: [{ path, message }], fingerprint: expect.any(String) },
    });
  });

  test("a file over the bound is not parsed: a 6,000-key file is refused at once", async () => {
    const keys = Array.from({ length: 6000 }, (_, i) => `    m${i}: { min: 0.5 }`).join("\n");
    const started = performance.now();
    const result = await loadConfig(
      fakeSource({ [OWN]: `metrics:\n  thresholds:\n${keys}\n` }).source,
    );
    expect(performance.now() - started).toBeLessThan(500);
    expect(!result.ok && result.error.problems[0]?.message).toMatch(/^the file is 142,913 bytes;/);
  });

  test("a GitHub API error is rethrown: it is not the file's fault", async () => {
    const error = Object.assign(new Error("Server Error"), { status: 500 });
    const source = {
      octokit: { request: () => Promise.reject(error) },
      repo: () => ({ owner: "acme", repo: "models" }),
    } as unknown as ConfigSource;
    await expect(loadConfig(source)).rejects.toBe(error);
  });
});
