import { mkdtempSync, writeFileSync } from "node:fs";
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

/** The real file system and an injected nvidia-smi, with the output captured. */
function testIo(options: { nvidiaSmi?: string | null; env?: CliIo["env"] } = {}) {
  const out = { stdout: "", stderr: "", commands: [] as string[][] };
  const io: CliIo = {
    ...nodeIo(),
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    run: async (command, args) => {
      out.commands.push([command, ...args]);
      const answer = options.nvidiaSmi;
      return answer === null || answer === undefined ? { ok: false } : { ok: true, stdout: answer };
    },
    env: options.env ?? {},
  };
  return { io, out };
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
    expect(code).toBe(0);
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
  ])("%s: exit 1 and why on stderr", async (_name, path, message) => {
    const { io, out } = testIo();
    expect(await main(["metrics", "render", path()], io)).toBe(1);
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
    expect(await main(args, io)).toBe(1);
    expect(out.stderr).toContain(
      "b.json is not a usable metrics file:\n  (file): expected a JSON object",
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
    [["metrics", "render"], "unknown command: metrics render"],
    [["metrics", "render", "a.json", "b.json"], "unknown command: metrics render a.json b.json"],
    [["metrics", "runner-info", "--baseline", "x"], "unknown command: metrics runner-info"],
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
