import { validationFailed } from "../http/http-error.js";

/** GitHub's limit on issue, PR and comment bodies. */
export const MAX_BODY = 65_536;

/** GitHub's 422 when a body is longer than it stores. */
export function checkBodyLength(resource: string, body: string | null | undefined): void {
  if (body && body.length > MAX_BODY) {
    throw validationFailed([
      {
        resource,
        code: "custom",
        field: "body",
        message: `body is too long (maximum is ${MAX_BODY} characters)`,
      },
    ]);
  }
}
