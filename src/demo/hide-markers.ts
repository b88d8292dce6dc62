/**
 * A body as a person sees it on GitHub: the app's hidden `<!-- … -->` markers left out
 * (GitHub does not render HTML comments), and a line that held only a marker gone with
 * it. For the printout only: the bodies themselves keep their markers.
 */
export function hideMarkers(body: string): string {
  return body
    .replace(/^[ \t]*<!--[\s\S]*?-->[ \t]*(?:\r?\n|$)/gm, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}
