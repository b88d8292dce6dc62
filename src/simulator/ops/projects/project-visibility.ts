import type { SimContext } from "../../sim-context.js";
import type { ProjectRecord } from "../../store/records.js";

/**
 * Whether the installation token can see an owner's Projects v2 boards: an app's
 * installation token reaches organization projects only, and only those of the organization
 * it was minted for (another organization needs a token of its own installation there); a
 * user's boards answer as if they did not exist.
 */
export function canSeeProjectsOf(ctx: SimContext, owner: string): boolean {
  if (ctx.store.user(owner)?.type !== "Organization") return false;
  return ctx.store.installations.of(owner) === ctx.installationId;
}

/** The app's installation on an account, or null when it is not installed there. */
export function installationOf(ctx: SimContext, account: string): number | null {
  return ctx.store.installations.of(account);
}

/** Whether the installation token can see this project. */
export function canSeeProject(ctx: SimContext, project: ProjectRecord): boolean {
  return canSeeProjectsOf(ctx, project.owner);
}

/** The project's web URL: `/orgs/<o>/projects/<n>` or `/users/<u>/projects/<n>`. */
export function projectUrl(ctx: SimContext, project: ProjectRecord): string {
  const kind = ctx.store.user(project.owner)?.type === "Organization" ? "orgs" : "users";
  return `${ctx.urls.web}/${kind}/${project.owner}/projects/${project.number}`;
}
