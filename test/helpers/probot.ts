import { generateKeyPairSync } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import pino from "pino";
import { Writable } from "node:stream";

let privateKey: string | undefined;

/** An RSA key for the test app; GitHub never sees it (nock or the simulator answer). */
export function testPrivateKey(): string {
  privateKey ??= generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
    type: "pkcs1",
    format: "pem",
  }) as string;
  return privateKey;
}

/** Log lines a test can assert on. */
export interface CapturedLog {
  lines: Array<Record<string, unknown>>;
}

/**
 * A Probot for tests: app id 1, retries and throttling off (the function form; the
 * object form is overridden by Probot's defaults), logs captured instead of printed.
 */
export function createTestProbot(options: { fetch?: typeof fetch } = {}): {
  probot: Probot;
  log: CapturedLog;
} {
  const log: CapturedLog = { lines: [] };
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean))
        log.lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const probot = new Probot({
    appId: 1,
    privateKey: testPrivateKey(),
    log: pino({ level: "debug" }, stream),
    Octokit: ProbotOctokit.defaults((o: Record<string, unknown>) => ({
      ...o,
      retry: { enabled: false },
      throttle: { enabled: false },
      ...(options.fetch ? { request: { ...(o.request as object), fetch: options.fetch } } : {}),
    })),
  });
  return { probot, log };
}
