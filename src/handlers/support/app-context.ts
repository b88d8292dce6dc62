import type { Context } from "probot";

/** The part of Probot's context that the shell passes around: client, log, config. */
export type AppContext = Pick<Context, "octokit" | "log" | "config">;
