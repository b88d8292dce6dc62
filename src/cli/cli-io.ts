import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";

/** Everything the CLI touches outside itself, so that tests can hand in their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a text file, refusing one larger than `maxBytes`. */
  readFile(path: string, maxBytes: number): Promise<string>;
  /** Runs a program; `ok: false` when it is missing or exits non-zero. */
  run(command: string, args: string[]): Promise<{ ok: true; stdout: string } | { ok: false }>;
  env: Record<string, string | undefined>;
}

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
        // A hung driver must not hang the job: nvidia-smi answers in well under a second.
        execFile(command, args, { timeout: 15_000 }, (error, stdout) =>
          resolve(error ? { ok: false } : { ok: true, stdout }),
        );
      }),
    env: process.env,
  };
}
