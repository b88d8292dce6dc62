import { gateCheckNames } from "../../github/checks/read-gates.js";

/** The check run this capability writes on a PR head. */
export const CHECKLIST_CHECK = gateCheckNames.checklist;
