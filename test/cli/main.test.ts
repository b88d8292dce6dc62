import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.js";
import { nodeIo, type CliIo } from "../../src/cli/cli-io.js";

const example = {
  model: "fraud-detector",
  version: "2.3.0",
  metrics: { accuracy: 0.931, f1: 0.884, latency_p95_ms: 41.2 },
  baseline: { accuracy: 0.925 },
};

/** What the injected nvidia-smi does: print this, `null` not installed, `{ fails }` fail so. */
type NvidiaSmi = string | null | { fails: string };

/**
 * The real file system, an injected nvidia-smi, the output captured, and an empty working
 * directory (so no `.github/mlops.yml` is found unless a test writes one).
 */
function testIo(options: { nvidiaSmi?: NvidiaSmi; env?: CliIo["env"]; cwd?: string } = {}) {
  const out = { stdout: "", stderr: "", commands: [] as string[][] };
  const io: CliIo = {
    ...nodeIo(),
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    run: async (command, args) => {
      out.commands.push([command, ...args]);
      const answer = options.nvidiaSmi ?? null;
      if (answer === null) return { ok: false, missing: true };
      if (typeof answer === "object") return { ok: false, missing: false, reason: answer.fails };
      return { ok: true, stdout: answer };
    },
    env: options.env ?? {},
    cwd: options.cwd ?? mkdtempSync(join(tmpdir(), "mlops-cli-cwd-")),
  };
  return { io, out };
}

/** A repository checkout whose `.github/mlops.yml` is `config`. */
function repoWithConfig(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), "mlops-cli-repo-"));
  mkdirSync(join(dir, ".github"));
  writeFileSync(join(dir, ".github", "mlops.yml"), config);
  return dir;
}

function writeJson(name: string, value: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), "mlops-cli-")), name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

describe("mlops-bot metrics render", () => {
  test("prints exactly the comment the app would post, with the file's baseline", async () => {
    const { io, out } = testIo();
    expect(await main(["metrics", "render", writeJson("metrics.json", example)], io)).toBe(0);
    expect(out).toEqual({ stdout: expect.any(String), stderr: "", commands: [] });
    // A fixed file, read by eye: the comment of the contract's example against its own baseline.
    await expect(out.stdout).toMatchFileSnapshot("__snapshots__/metrics-render.md");
    expect(out.stdout).toContain("| **accuracy** ↑ | 0.931 | 0.925 | ▲ +0.006 ✅ |");
  });

  test("--baseline: another metrics.json's metrics; inside Actions, the run is linked", async () => {
    const env = {
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "acme/models",
      GITHUB_RUN_ID: "30433642",
      GITHUB_RUN_NUMBER: "12",
    };
    const { io, out } = testIo({ env });
    const other = writeJson("old.json", { model: "fraud-detector", metrics: { accuracy: 0.95 } });
    const code = await main(
      ["metrics", "render", writeJson("metrics.json", example), "--baseline", other],
      io,
    );
    // The regression fails the gate: exit 1, the comment printed all the same (a step posts it).
    expect(code).toBe(1);
    expect(out.stderr).toBe(
      "mlops-bot: the evaluation gate failed: accuracy 0.931 (min 0.94 (file baseline 0.95 − max_regression 0.01))\n",
    );
    expect(out.stdout).toContain("| **accuracy** ↑ | 0.931 | 0.95 | ▼ -0.019 ❌ |");
    expect(out.stdout).toContain("regressed beyond its bound: min 0.94 (file baseline 0.95");
    expect(out.stdout).toContain(
      "[Workflow run \\#12](https://github.com/acme/models/actions/runs/30433642)",
    );
  });

  test.each([
    [
      "a missing file",
      () => "/nonexistent/metrics.json",
      /^mlops-bot: cannot read \/nonexistent\/metrics\.json: ENOENT/,
    ],
    [
      "a file that is not JSON",
      () => writeJson("metrics.json", "{nope"),
      /is not a usable metrics file:\n {2}not valid JSON at line 1, column 2: /,
    ],
    [
      "a file off the schema, every problem listed",
      () => writeJson("metrics.json", '{"metrics": {"accuracy": NaN}}'),
      /is not a usable metrics file:\n {2}model: expected a string, got nothing \(the key is missing\)\n {2}metrics\.accuracy: expected a finite number, got NaN\n$/,
    ],
    [
      "a file over 5 MiB",
      () => writeJson("metrics.json", " ".repeat(5 * 1024 * 1024 + 1)),
      /5242881 bytes, more than the 5242880 allowed/,
    ],
  ])("%s: exit 2 (nothing judged) and why on stderr", async (_name, path, message) => {
    const { io, out } = testIo();
    expect(await main(["metrics", "render", path()], io)).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(message);
  });

  test("a bad baseline file is bad input too", async () => {
    const { io, out } = testIo();
    const args = [
      "metrics",
      "render",
      writeJson("metrics.json", example),
      "--baseline",
      writeJson("b.json", []),
    ];
    expect(await main(args, io)).toBe(2);
    expect(out.stderr).toContain(
      "b.json is not a usable metrics file:\n  (file): expected a JSON object",
    );
  });
});

describe("metrics render judges with the repository's .github/mlops.yml", () => {
  const thresholds =
    "metrics:\n  thresholds:\n    accuracy: { min: 0.95 }\n    recall: { min: 0.8 }\n";

  test("run in a repository, its thresholds fail the gate: exit 1, every failure on stderr", async () => {
    const { io, out } = testIo({ cwd: repoWithConfig(thresholds) });
    expect(await main(["metrics", "render", writeJson("metrics.json", example)], io)).toBe(1);
    expect(out.stderr).toBe(
      "mlops-bot: the evaluation gate failed: accuracy 0.931 (min 0.95); recall missing (min 0.8)\n",
    );
    expect(out.stdout).toContain("❌ **Evaluation failed:**");
  });

  test("the same file passes with the defaults: exit 0, nothing on stderr", async () => {
    const { io, out } = testIo();
    expect(await main(["metrics", "render", writeJson("metrics.json", example)], io)).toBe(0);
    expect(out.stderr).toBe("");
  });

  test("a relative metrics path is read from the working directory", async () => {
    const cwd = repoWithConfig("");
    writeFileSync(join(cwd, "metrics.json"), JSON.stringify(example));
    const { io, out } = testIo({ cwd });
    expect(await main(["metrics", "render", "metrics.json"], io)).toBe(0);
    expect(out.stdout).toContain("### 📊 Evaluation: fraud-detector v2.3.0");
  });

  test("--config points elsewhere, and the working directory's file is not read", async () => {
    const elsewhere = join(repoWithConfig(thresholds), ".github", "mlops.yml");
    const { io, out } = testIo({ cwd: repoWithConfig("metrics:\n  primry: f1\n") });
    const argv = ["metrics", "render", writeJson("metrics.json", example), "--config", elsewhere];
    expect(await main(argv, io)).toBe(1);
    expect(out.stderr).toMatch(
      /^mlops-bot: the evaluation gate failed: accuracy 0\.931 \(min 0\.95\)/,
    );
  });

  test("--config naming a file that does not exist: exit 2", async () => {
    const { io, out } = testIo();
    const argv = [
      "metrics",
      "render",
      writeJson("metrics.json", example),
      "--config",
      "/nonexistent/mlops.yml",
    ];
    expect(await main(argv, io)).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(
      /^mlops-bot: cannot read the configuration \/nonexistent\/mlops\.yml: ENOENT/,
    );
  });

  test.each([
    [
      "a key of the wrong type and a misspelt key, each named",
      "metrics:\n  thresholds:\n    accuracy: { min: high }\n  primry: f1\n",
      // The list of allowed keys after it grows with the schema.
      /^mlops-bot: \.github\/mlops\.yml is not a valid configuration:\n {2}metrics\.thresholds\.accuracy\.min: expected a number, got "high"\n {2}metrics: unknown key "primry" \(did you mean "primary"\?\); the keys allowed here are: artifact, file, primary, [^\n]+\n$/,
    ],
    [
      "a scalar instead of a mapping",
      "42\n",
      /^mlops-bot: \.github\/mlops\.yml is not a valid configuration:\n {2}\(top level\): expected a mapping of sections such as project:, labels: and rollout:, got 42\n$/,
    ],
  ])(
    "a bad configuration (%s): exit 2, the app's messages on stderr",
    async (_n, config, stderr) => {
      const { io, out } = testIo({ cwd: repoWithConfig(config) });
      expect(await main(["metrics", "render", writeJson("metrics.json", example)], io)).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toMatch(stderr);
    },
  );

  test("a file that is not YAML: exit 2, with where", async () => {
    const { io, out } = testIo({ cwd: repoWithConfig("metrics: [\n") });
    expect(await main(["metrics", "render", writeJson("metrics.json", example)], io)).toBe(2);
    expect(out.stderr).toMatch(
      /^mlops-bot: \.github\/mlops\.yml is not valid YAML: .*at line 2, column 1/,
    );
  });

  test("a file over the app's 16 KiB bound is refused as the app refuses it: exit 2", async () => {
    const big = `metrics:\n  thresholds:\n${"    accuracy: { min: 0.5 }\n".repeat(700)}`;
    const { io, out } = testIo({ cwd: repoWithConfig(big) });
    expect(await main(["metrics", "render", writeJson("metrics.json", example)], io)).toBe(2);
    expect(out.stderr).toMatch(
      /^mlops-bot: cannot read the configuration \.github\/mlops\.yml: \d+ bytes, more than the 16384 allowed\n$/,
    );
  });

  test("an empty file means the defaults, as in the app", async () => {
    const { io, out } = testIo({ cwd: repoWithConfig("") });
    expect(await main(["metrics", "render", writeJson("metrics.json", example)], io)).toBe(0);
    expect(out.stderr).toBe("");
  });

  test("_extends cannot be followed offline: a warning, and this file's keys are used", async () => {
    const { io, out } = testIo({ cwd: repoWithConfig(`_extends: .github\n${thresholds}`) });
    expect(await main(["metrics", "render", writeJson("metrics.json", example)], io)).toBe(1);
    expect(out.stderr).toBe(
      "mlops-bot: warning: .github/mlops.yml extends .github, which the CLI does not read; only this file's settings are used\n" +
        "mlops-bot: the evaluation gate failed: accuracy 0.931 (min 0.95); recall missing (min 0.8)\n",
    );
  });
});

describe("mlops-bot metrics runner-info", () => {
  test.each([
    ["one GPU", "NVIDIA A10G\n", { gpu: "NVIDIA A10G", gpu_count: 1 }],
    ["four GPUs", "Tesla T4\nTesla T4\nTesla T4\nTesla T4\n", { gpu: "Tesla T4", gpu_count: 4 }],
    ["nvidia-smi but no GPU", "", { gpu: "", gpu_count: 0 }],
    ["no nvidia-smi", null, { gpu: "", gpu_count: 0 }],
  ])("%s", async (_name, nvidiaSmi, runner) => {
    const { io, out } = testIo({ nvidiaSmi });
    expect(await main(["metrics", "runner-info"], io)).toBe(0);
    expect(out.commands).toEqual([["nvidia-smi", "--query-gpu=name", "--format=csv,noheader"]]);
    expect(JSON.parse(out.stdout)).toEqual(runner);
    expect(out.stdout.endsWith("}\n")).toBe(true);
  });

  test("nvidia-smi installed but failing: a warning on stderr, empty GPU fields, exit 0", async () => {
    const reason =
      "exit 9: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.";
    const { io, out } = testIo({ nvidiaSmi: { fails: reason } });
    expect(await main(["metrics", "runner-info"], io)).toBe(0);
    expect(out.stdout).toBe('{"gpu":"","gpu_count":0}\n');
    expect(out.stderr).toBe(
      `mlops-bot: warning: nvidia-smi failed (${reason}); the runner block has empty GPU fields\n`,
    );
  });

  test("the real process tells a missing program from one that fails, and why it failed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mlops-cli-bin-"));
    const script = join(dir, "nvidia-smi");
    writeFileSync(
      script,
      "#!/bin/sh\necho 'NVIDIA-SMI has failed: driver/library version mismatch'\nexit 9\n",
    );
    chmodSync(script, 0o755);
    expect(await nodeIo().run(script, [])).toEqual({
      ok: false,
      missing: false,
      reason: "exit 9: NVIDIA-SMI has failed: driver/library version mismatch",
    });
    expect(await nodeIo().run(join(dir, "absent"), [])).toEqual({ ok: false, missing: true });
    const quiet = join(dir, "quiet");
    writeFileSync(quiet, "#!/bin/sh\nexit 3\n");
    chmodSync(quiet, 0o755);
    expect(await nodeIo().run(quiet, [])).toEqual({ ok: false, missing: false, reason: "exit 3" });
  });

  test("the real runner of this machine answers with the same shape", async () => {
    const out = { text: "" };
    const io = { ...nodeIo(), stdout: (text: string) => void (out.text += text) };
    expect(await main(["metrics", "runner-info"], io)).toBe(0);
    expect(Object.keys(JSON.parse(out.text))).toEqual(["gpu", "gpu_count"]);
  });
});

describe("usage", () => {
  test.each([["--help"], ["-h"], ["help"], ["metrics", "--help"]])(
    "%s prints the help",
    async (...argv) => {
      const { io, out } = testIo();
      expect(await main(argv, io)).toBe(0);
      expect(out.stdout).toMatch(/^Usage: mlops-bot <command>\n/);
      expect(out.stdout).toContain("mlops-bot metrics render <metrics.json> [--baseline <file>]");
      expect(out.stderr).toBe("");
    },
  );

  test.each([
    [[], "a command is needed"],
    [["metrics"], "unknown command: metrics"],
    [["metrics", "render"], "mlops-bot: metrics render: the metrics file is missing\n\nUsage:"],
    [["metrics", "render", "a.json", "b.json"], "metrics render takes one metrics file, got 2"],
    [
      ["metrics", "runner-info", "--baseline", "x"],
      "metrics runner-info takes no arguments: --baseline",
    ],
    [["metrics", "runner-info", "extra"], "metrics runner-info takes no arguments: extra"],
    [["metrics", "render", "a.json", "--config"], "Option '--config <value>' argument missing"],
    [["deploy"], "unknown command: deploy"],
    [["metrics", "render", "a.json", "--nope"], "Unknown option '--nope'"],
    [["metrics", "render", "a.json", "--baseline"], "Option '--baseline <value>' argument missing"],
  ])("%j: exit 2 with the usage", async (argv, problem) => {
    const { io, out } = testIo();
    expect(await main(argv, io)).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain(problem);
    expect(out.stderr).toContain("Usage: mlops-bot <command>");
  });
});

describe("--version", () => {
  test.each([["--version"], ["-v"], ["metrics", "render", "--version"]])(
    "%s prints the package's version",
    async (...argv) => {
      const { version } = JSON.parse(
        readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
      ) as { version: string };
      const { io, out } = testIo();
      expect(await main(argv, io)).toBe(0);
      expect(out).toEqual({ stdout: `${version}\n`, stderr: "", commands: [] });
    },
  );
});
