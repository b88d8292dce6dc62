import type { RestRequest, RestResponse } from "./route-types.js";

/**
 * One page of a list, as GitHub pages it: `per_page` (default 30, at most 100) and
 * `page`, with a `Link` header (`prev`, `next`, `last`, `first`) so `octokit.paginate`
 * follows it. `wrap` builds bodies such as `{ total_count, check_runs }`.
 */
export function paginateList<T>(
  req: RestRequest,
  items: T[],
  wrap: (page: T[], total: number) => unknown = (page) => page,
): RestResponse {
  const perPage = Math.min(Math.max(Number(req.query.get("per_page") ?? 30) || 30, 1), 100);
  const page = Math.max(Number(req.query.get("page") ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number): string => {
    const url = new URL(req.url);
    url.searchParams.set("per_page", String(perPage));
    url.searchParams.set("page", String(n));
    return `<${url.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${link(page - 1)}; rel="prev"`);
  if (page < lastPage) rels.push(`${link(page + 1)}; rel="next"`, `${link(lastPage)}; rel="last"`);
  if (page > 1) rels.push(`${link(1)}; rel="first"`);
  return {
    status: 200,
    body: wrap(slice, items.length),
    headers: rels.length > 0 ? { link: rels.join(", ") } : {},
  };
}
