import { parseTaskItems } from "../../domain/checklist/parse-task-items.js";
import { CHECKLIST_SECTION } from "./plan-checklist-check.js";

/**
 * Whether an issue edit changed the boxes that count (the `Checklist` section): ticking a
 * Rollout box, retitling or rewording prose leaves every linked PR's check as it was, so
 * the app spares the requests.
 */
export function checklistChanged(before: string, after: string): boolean {
  const key = (body: string) =>
    JSON.stringify(
      parseTaskItems(body, { section: CHECKLIST_SECTION }).map((item) => [item.text, item.checked]),
    );
  return key(before) !== key(after);
}
