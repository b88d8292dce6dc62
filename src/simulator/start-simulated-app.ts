import { generateKeyPairSync } from "node:crypto";
import { pino, type Logger } from "pino";
import { Probot, ProbotOctokit, type ApplicationFunction } from "probot";
import type { GitHubSimulator } from "./github-simulator.js";

/** How to run the app against the simulator. */
export interface SimulatedAppOptions {
  /** Where Probot logs (default: silent). */
  log?: Logger;
  /** Turn Octokit's retry plugin on (default off: a fault fails at once). */
  retries?: boolean;
  /** Turn Octokit's throttling plugin on (default off: no waiting). */
  throttle?: boolean;
  /** The app's private key (default: a fresh 2048-bit RSA key, ~0.1 s to make). */
  privateKey?: string;
  /** A GHES base URL such as `https://ghe.example/api/v3` (the simulator serves any). */
  baseUrl?: string;
}

/** The running app: its Probot, and redelivery. */
export interface SimulatedApp {
  probot: Probot;
  /** Sends a delivery again with the same id and payload. */
  redeliver(deliveryId: string): Promise<void>;
  /** Stops delivering webhooks to this app. */
  stop(): void;
}

/**
 * Creates a Probot (the simulator's app id, a fresh RSA key) whose every request — the installation
 * token included — goes to the simulator's fetch, loads the app, and makes the
 * simulator deliver each webhook through `probot.receive`.
 */
export async function startSimulatedApp(
  sim: GitHubSimulator,
  appFn: ApplicationFunction,
  options: SimulatedAppOptions = {},
): Promise<SimulatedApp> {
  const privateKey =
    options.privateKey ??
    (generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
      type: "pkcs1",
      format: "pem",
    }) as string);
  const probot = new Probot({
    appId: sim.appId,
    privateKey,
    log: options.log ?? pino({ level: "silent" }),
    // Probot hands `request.fetch` to the auth strategy too, so token requests stay here.
    request: { fetch: sim.fetch },
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    // The function form: Probot's own defaults override the object form.
    Octokit: ProbotOctokit.defaults((o: Record<string, unknown>) => ({
      ...o,
      ...(options.retries ? {} : { retry: { enabled: false } }),
      ...(options.throttle ? {} : { throttle: { enabled: false } }),
    })),
  });
  await probot.load(appFn);
  sim.connect(async (delivery) => {
    await probot.receive({
      id: delivery.id,
      name: delivery.name,
      payload: delivery.payload,
    } as Parameters<Probot["receive"]>[0]);
  });
  return {
    probot,
    redeliver: (deliveryId) => sim.redeliver(deliveryId),
    stop: () => sim.disconnect(),
  };
}
