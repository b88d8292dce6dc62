#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { readTemplate } from "../render/render-template.js";
import { nodeIo, type CliIo } from "./cli-io.js";
import { runMetricsRender } from "./run-metrics-render.js";
import { runRunnerInfo } from "./run-runner-info.js";

/**
 * The `mlops-bot` command line: a thin shell over the app's own parsing and rendering.
 * Returns the exit code: 0 done, 1 bad input (said on stderr), 2 usage.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { baseline: { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [group, command, ...rest] = positionals;
  if (values.help || group === "help") {
    io.stdout(readTemplate("metrics-cli-help.md"));
    return 0;
  }
  if (group === "metrics" && command === "render" && rest.length === 1 && rest[0])
    return runMetricsRender(rest[0], values.baseline, io);
  if (group === "metrics" && command === "runner-info" && rest.length === 0 && !values.baseline)
    return runRunnerInfo(io);
  return usage(
    io,
    group === undefined ? "a command is needed" : `unknown command: ${positionals.join(" ")}`,
  );
}

function usage(io: CliIo, problem: string): number {
  io.stderr(`mlops-bot: ${problem}\n\n${readTemplate("metrics-cli-help.md")}`);
  return 2;
}

/** Run when this file is the program (npx, the bin link), not when a test imports it. */
function isProgram(): boolean {
  const script = process.argv[1];
  return script !== undefined && import.meta.url === pathToFileURL(realpathSync(script)).href;
}

if (isProgram()) process.exitCode = await main(process.argv.slice(2), nodeIo());
