#!/usr/bin/env node
import { readFileSync, realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { readTemplate } from "../render/render-template.js";
import { nodeIo, type CliIo } from "./cli-io.js";
import { EXIT } from "./exit-codes.js";
import { runMetricsRender } from "./run-metrics-render.js";
import { runRunnerInfo } from "./run-runner-info.js";

/**
 * The `mlops-bot` command line: a thin shell over the app's own parsing and rendering.
 * Returns the exit code (see EXIT): 0 done or the gate passes, 1 the gate fails, 2 a usage
 * error or a file that cannot be used (said on stderr).
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        baseline: { type: "string" },
        config: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [group, command, ...rest] = positionals;
  if (values.version) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (values.help || group === "help") {
    io.stdout(readTemplate("metrics-cli-help.md"));
    return EXIT.ok;
  }
  if (group === "metrics" && command === "render") {
    if (rest.length !== 1 || !rest[0])
      return usage(
        io,
        rest.length === 0
          ? "metrics render: the metrics file is missing"
          : `metrics render takes one metrics file, got ${rest.length}`,
      );
    return runMetricsRender(rest[0], values, io);
  }
  if (group === "metrics" && command === "runner-info") {
    const extra = [
      ...rest,
      ...(values.baseline === undefined ? [] : ["--baseline"]),
      ...(values.config === undefined ? [] : ["--config"]),
    ];
    if (extra.length > 0)
      return usage(io, `metrics runner-info takes no arguments: ${extra.join(" ")}`);
    return runRunnerInfo(io);
  }
  return usage(
    io,
    group === undefined ? "a command is needed" : `unknown command: ${positionals.join(" ")}`,
  );
}

function usage(io: CliIo, problem: string): number {
  io.stderr(`mlops-bot: ${problem}\n\n${readTemplate("metrics-cli-help.md")}`);
  return EXIT.cannotJudge;
}

/** The version of the package this file belongs to: package.json two levels up from src/cli or lib/cli. */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** Run when this file is the program (npx, the bin link), not when a test imports it. */
function isProgram(): boolean {
  const script = process.argv[1];
  return script !== undefined && import.meta.url === pathToFileURL(realpathSync(script)).href;
}

if (isProgram()) process.exitCode = await main(process.argv.slice(2), nodeIo());
