import { renderCommandRefused } from "../../render/render-command-reply.js";
import type { CommandOutcome } from "./command-input.js";

/** A command refused (👎): the reply quotes `command` and says what is wrong and the fix. */
export function refused(command: string, message: string): CommandOutcome {
  return { ok: false, reply: renderCommandRefused({ command, message }) };
}
