import type { ProbotOctokit } from "probot";

/**
 * The `owner/name` of every repository the installation can reach, all pages read
 * (`GET /installation/repositories`, with the installation's token). For an
 * `installation.created` whose payload does not list them, as GitHub's schema allows
 * (`repositories` is optional), so an install on "All repositories" is not skipped.
 */
export async function listInstallationRepos(
  octokit: Pick<ProbotOctokit, "paginate" | "request">,
): Promise<string[]> {
  const repos = await octokit.paginate("GET /installation/repositories", { per_page: 100 });
  return repos.map((repo) => repo.full_name);
}
