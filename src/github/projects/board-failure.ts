import type { BoardFailureReason, BoardMissing, BoardResult, BoardTarget } from "./board-types.js";

const permission = `the permission "Organization projects: Read and write"`;

/** A failed `ensureBoard`, with a one-line message for the log that names the fix. */
export function boardFailure(
  target: BoardTarget,
  reason: BoardFailureReason,
  missing?: BoardMissing,
): Extract<BoardResult, { ok: false }> {
  return {
    ok: false,
    reason,
    message: message(target, reason, missing),
    target,
    ...(missing ? { missing } : {}),
  };
}

function message(target: BoardTarget, reason: BoardFailureReason, missing?: BoardMissing): string {
  const owner = `"${target.owner}"`;
  if (reason === "user-owned") {
    return (
      `The board owner ${owner} is a personal account, and GitHub does not let apps reach the Projects of ` +
      `a user, so cards are not put on a board. Use a board owned by an organization: set project.owner ` +
      `in .github/mlops.yml to an organization that has the app installed with ${permission}.`
    );
  }
  if (reason === "not-installed") {
    return (
      `The board owner ${owner} (project.owner in .github/mlops.yml) is another organization, and the ` +
      `app is not installed there, so cards are not put on a board: install the app on ${owner} ` +
      `with ${permission}.`
    );
  }
  if (reason === "no-access") {
    return (
      `The app may not read or write the Projects of ${owner}: it needs ${permission} (an owner of ` +
      `${owner} approves it in the app's installation settings).`
    );
  }
  if (missing === "owner") {
    return `No organization or user ${owner} was found: check project.owner in .github/mlops.yml.`;
  }
  const [what, key] =
    missing === "template"
      ? [`template project number ${target.template}`, "project.template"]
      : [`project number ${target.number}`, "project.number"];
  return (
    `The ${what} of ${owner} was not found, or the app cannot see it: check ${key} in ` +
    `.github/mlops.yml, and that the app has ${permission} on ${owner}.`
  );
}
