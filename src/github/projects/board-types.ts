/** The fields of the contract's board, by the key the rest of the app uses. */
export type FieldKey = "status" | "kind" | "model" | "version" | "primaryMetric" | "rolloutPercent";

/** The kinds of field the app uses (Projects v2 `dataType` SINGLE_SELECT, TEXT, NUMBER). */
export type FieldType = "single_select" | "text" | "number";

/** A field of the board the app can write. */
export interface BoardField {
  id: string;
  name: string;
  type: FieldType;
  /** Single select only: option name → option id. */
  options?: Record<string, string>;
}

/** A Projects (v2) board, ready for cards. */
export interface Board {
  id: string;
  number: number;
  title: string;
  url: string;
  /** The login of the organization that owns the project. */
  owner: string;
  /** The usable fields; a key is absent when the field is missing or of the wrong type. */
  fields: Partial<Record<FieldKey, BoardField>>;
  /** Options the app needs but did not add (the project has items): for a person to add. */
  missingOptions: Array<{ field: string; options: string[] }>;
  /** What a person should fix (a field of the wrong type, a duplicate project), as sentences. */
  problems: string[];
}

/** Which board: `project` of `.github/mlops.yml` with the owner and title defaults applied. */
export interface BoardTarget {
  owner: string;
  number?: number;
  title: string;
  template?: number;
}

/** Why there is no board; `message` is a sentence for the log that names the fix. */
export type BoardFailureReason = "user-owned" | "not-found" | "no-access" | "not-installed";

/** For `not-found`: what was not found, the owner, the project number or the template number. */
export type BoardMissing = "owner" | "project" | "template";

/** The outcome of `ensureBoard`: a board, or the reason there is none and the target asked for. */
export type BoardResult =
  | { ok: true; board: Board; created: boolean }
  | {
      ok: false;
      reason: BoardFailureReason;
      message: string;
      target: BoardTarget;
      missing?: BoardMissing;
    };

/** Values a card gets on the board; any left out are not touched. */
export interface CardValues {
  status?: string;
  kind?: string;
  model?: string;
  version?: string;
  primaryMetric?: number;
  rolloutPercent?: number;
}

/** A value an item holds for a field, as GitHub returns it (`ProjectV2ItemFieldValue`). */
export type ItemFieldValue = { optionId: string } | { text: string } | { number: number };

/** An issue's item on a board and the values it holds that the app can set, by field id. */
export interface CardItem {
  id: string;
  values: Record<string, ItemFieldValue>;
}
