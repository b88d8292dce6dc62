import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";

/** What running a program gave: its output, or why there is none. */
export type RunResult =
  | { ok: true; stdout: string }
  /** The program is not installed (not on the PATH). */
  | { ok: false; missing: true }
  /** It is there but failed: exit code or signal, and the first line it printed about it. */
  | { ok: false; missing: false; reason: string };

/** Everything the CLI touches outside itself, so that tests can hand in their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a text file, refusing one larger than `maxBytes`; a missing file throws ENOENT. */
  readFile(path: string, maxBytes: number): Promise<string>;
  /** Runs a program. */
  run(command: string, args: string[]): Promise<RunResult>;
  env: Record<string, string | undefined>;
  /** The working directory: where `.github/mlops.yml` is looked for. */
  cwd: string;
}

/** A hung driver must not hang the job: nvidia-smi answers in well under a second. */
const RUN_TIMEOUT_MS = 15_000;

/** The real process: its streams, files, programs and environment. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path, maxBytes) => {
      const { size } = await stat(path);
      if (size > maxBytes) throw new Error(`${size} bytes, more than the ${maxBytes} allowed`);
      return readFile(path, "utf8");
    },
    run: (command, args) =>
      new Promise((resolve) => {
        execFile(command, args, { timeout: RUN_TIMEOUT_MS }, (error, stdout, stderr) => {
          if (!error) return resolve({ ok: true, stdout });
          if ((error as NodeJS.ErrnoException).code === "ENOENT")
            return resolve({ ok: false, missing: true });
          resolve({ ok: false, missing: false, reason: describeFailure(error, stdout, stderr) });
        });
      }),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** `exit 9: NVIDIA-SMI has failed …`, from the error and what the program printed. */
function describeFailure(
  error: Error & { code?: unknown; signal?: unknown; killed?: boolean },
  stdout: string,
  stderr: string,
): string {
  const how = error.killed
    ? `no answer within ${RUN_TIMEOUT_MS / 1000} s`
    : typeof error.code === "number"
      ? `exit ${error.code}`
      : `signal ${String(error.signal)}`;
  const said = `${stderr}\n${stdout}`
    .split("\n")
    .map((line) => line.trim())
    .find(Boolean);
  return said ? `${how}: ${said.slice(0, 200)}` : how;
}
