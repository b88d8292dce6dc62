import {
  GITHUB_CHECK_TEXT_BYTES,
  GITHUB_TEXT_LIMIT,
  fitText,
  fitTextBytes,
} from "../domain/github-text-limit.js";
import { renderTemplate } from "./render-template.js";

function count(value: number): string {
  return value.toLocaleString("en-US");
}

/** The closing line, rendered only when a text is too long (rare, so not worth caching). */
function closing(limit: string): string {
  return renderTemplate("text-shortened.md", { limit }).trim();
}

/**
 * An issue, PR or comment body that GitHub accepts: unchanged when within 65,536
 * characters, else shortened with a closing line saying so (`templates/text-shortened.md`).
 * The write adapters apply it last, so that no body is refused with a 422 and lost;
 * renderers should still cap what they list (the first problems and a count of the rest).
 */
export function fitGitHubBody(body: string): string {
  if (body.length <= GITHUB_TEXT_LIMIT) return body;
  return fitText(body, GITHUB_TEXT_LIMIT, closing(`${count(GITHUB_TEXT_LIMIT)} characters`));
}

/**
 * A check run's `output.summary` or `output.text` that GitHub accepts: at most 65,535
 * UTF-8 bytes, shortened with the same closing line when longer.
 */
export function fitCheckRunText(text: string): string {
  if (Buffer.byteLength(text) <= GITHUB_CHECK_TEXT_BYTES) return text;
  return fitTextBytes(
    text,
    GITHUB_CHECK_TEXT_BYTES,
    closing(`${count(GITHUB_CHECK_TEXT_BYTES)} bytes`),
  );
}
