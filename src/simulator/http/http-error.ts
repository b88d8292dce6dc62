const DOCS = "https://docs.github.com/rest";

/** An error answer a route throws; the fetch layer turns it into the response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message ?? status));
  }
}

/** GitHub's 404 body, also what it answers for things the token may not see. */
export function notFound(): HttpError {
  return new HttpError(404, { message: "Not Found", documentation_url: DOCS, status: "404" });
}

/** GitHub's 422 "Validation Failed" with its `errors` list. */
export function validationFailed(
  errors: Array<Record<string, unknown>>,
  message = "Validation Failed",
): HttpError {
  return new HttpError(422, { message, errors, documentation_url: DOCS, status: "422" });
}

/** GitHub's 422 for a body that does not match the endpoint's schema. */
export function invalidRequest(detail: string): HttpError {
  return new HttpError(422, {
    message: `Invalid request.\n\n${detail}`,
    documentation_url: DOCS,
    status: "422",
  });
}

/** GitHub's 403 for an endpoint the installation has no permission for. */
export function notAccessible(): HttpError {
  return new HttpError(403, {
    message: "Resource not accessible by integration",
    documentation_url: DOCS,
    status: "403",
  });
}

/** GitHub's 403 when an app updates a check run another app created. */
export function notCheckRunOwner(appId: number): HttpError {
  return new HttpError(403, {
    message: `Invalid app_id \`${appId}\` - check run can only be modified by the GitHub App that created it.`,
    documentation_url: DOCS,
    status: "403",
  });
}
