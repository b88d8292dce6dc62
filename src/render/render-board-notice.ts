import { renderTemplate } from "./render-template.js";

/** The notices about the board a person reads; each has its own hidden marker. */
export type BoardNoticeKind =
  "user-owned" | "not-found" | "no-access" | "not-installed" | "missing-options";

/** A rendered notice: `body` starts with `marker`, so a caller can post it once. */
export interface BoardNotice {
  kind: BoardNoticeKind;
  marker: string;
  body: string;
}

/** What the notices need of `ensureBoard`'s result (its BoardResult fits this shape). */
export type BoardNoticeInput =
  | {
      ok: true;
      board: {
        title: string;
        url: string;
        missingOptions: Array<{ field: string; options: string[] }>;
        problems: string[];
      };
    }
  | {
      ok: false;
      reason: "user-owned" | "not-found" | "no-access" | "not-installed";
      target: { owner: string; number?: number; title: string; template?: number };
      missing?: "owner" | "project" | "template";
    };

/** The hidden marker of a notice: `<!-- mlops-bot:board-notice <kind> -->`. */
export function boardNoticeMarker(kind: BoardNoticeKind): string {
  return `<!-- mlops-bot:board-notice ${kind} -->`;
}

/**
 * The notice a person should read about the board, with the fix: no board (user-owned,
 * not found, no access), or a board that needs options added or fields fixed by hand.
 * Null when all is well.
 */
export function renderBoardNotice(result: BoardNoticeInput): BoardNotice | null {
  if (result.ok) {
    const { missingOptions, problems } = result.board;
    if (missingOptions.length === 0 && problems.length === 0) return null;
    return notice("missing-options", {
      title: result.board.title,
      url: result.board.url,
      hasMissingOptions: missingOptions.length > 0,
      missingOptions: missingOptions.map((m) => ({
        field: m.field,
        options: m.options.join(", "),
      })),
      hasProblems: problems.length > 0,
      problems,
    });
  }
  const { owner, number, title, template } = result.target;
  // Mustache hands numbers to the Markdown escaper, which takes text: pass them as text.
  return notice(result.reason, {
    owner,
    title,
    number: number === undefined ? "" : String(number),
    template: template === undefined ? "" : String(template),
    ownerMissing: result.missing === "owner",
    projectMissing:
      result.missing === "project" || (result.reason === "not-found" && !result.missing),
    templateMissing: result.missing === "template",
  });
}

function notice(kind: BoardNoticeKind, view: object): BoardNotice {
  return { kind, marker: boardNoticeMarker(kind), body: renderTemplate(`board-${kind}.md`, view) };
}
