import type { Route } from "./route-types.js";

/** The route for a method and path, with its decoded path parameters. */
export function matchRoute(
  routes: Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  const segments = path.split("/").slice(1);
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPattern(route.pattern.split("/").slice(1), segments);
    if (params) return { route, params };
  }
  return undefined;
}

function matchPattern(pattern: string[], segments: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index];
    const name = /^\{(\w+)(\+?)\}$/.exec(part);
    if (name?.[2] === "+") {
      const rest = segments.slice(index);
      if (rest.length === 0 || rest.join("") === "") return null;
      params[name[1] as string] = rest.map(decodeURIComponent).join("/");
      return params;
    }
    if (segment === undefined || segment === "") return null;
    if (name) params[name[1] as string] = decodeURIComponent(segment);
    else if (part !== segment) return null;
  }
  return segments.length === pattern.length ? params : null;
}
