import type { Probot } from "probot";

/**
 * The app's bot login (`<slug>[bot]`), which marks the deployments and comments the app
 * made. Asked of GitHub once per app instance (`GET /app`, with the app's JWT) and kept
 * for the life of the process: it never changes while the app runs.
 */
export function createBotLogin(app: Pick<Probot, "auth">): () => Promise<string> {
  let login: Promise<string> | undefined;
  return () => {
    login ??= app
      .auth()
      .then((octokit) => octokit.rest.apps.getAuthenticated())
      .then(({ data }) => `${data?.slug ?? "mlops-bot"}[bot]`)
      .catch((error: unknown) => {
        login = undefined;
        throw error;
      });
    return login;
  };
}
