/** GitHub refuses an issue body or a comment longer than this many characters. */
export const GITHUB_TEXT_LIMIT = 65_536;
