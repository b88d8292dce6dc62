/** A failure the simulator answers instead of the route, for the next `times` matching requests. */
export interface FaultSpec {
  /** Only requests with this method (any when omitted). */
  method?: string;
  /** The path after the origin (e.g. `/graphql`, `/repos/o/r/issues/1`), or a pattern for it. */
  path: string | RegExp;
  /**
   * 500/502: server errors. 403: "Resource not accessible by integration", unless
   * `secondaryRateLimit`. 429: the primary rate limit (`x-ratelimit-remaining: 0`).
   */
  status: 500 | 502 | 403 | 429;
  /** How many requests fail (default 1); `Infinity` for an outage. */
  times?: number;
  /** 403/429 with `retry-after` and GitHub's secondary-rate-limit message. */
  secondaryRateLimit?: boolean;
  /** Seconds in `retry-after` / `x-ratelimit-reset` (default 60; 0 suits tests with throttling on). */
  retryAfterSeconds?: number;
}

interface ActiveFault extends FaultSpec {
  remaining: number;
}

/** A fault's answer: status, GitHub-shaped body and headers. */
export interface FaultAnswer {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

/** The registry of injected faults of one simulator. */
export class FaultInjector {
  private readonly faults: ActiveFault[] = [];

  add(spec: FaultSpec): void {
    this.faults.push({ ...spec, remaining: spec.times ?? 1 });
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** The answer of the first fault matching the request, consuming one of its `times`. */
  take(method: string, path: string, now: Date, requestId: string): FaultAnswer | undefined {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (typeof f.path === "string" ? f.path === path : f.path.test(path)),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    return answerFor(fault, now, requestId);
  }
}

function answerFor(fault: FaultSpec, now: Date, requestId: string): FaultAnswer {
  const wait = fault.retryAfterSeconds ?? 60;
  const reset = String(Math.floor(now.getTime() / 1000) + wait);
  if (fault.secondaryRateLimit) {
    return {
      status: fault.status,
      headers: { "retry-after": String(wait) },
      body: {
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url:
          "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
        status: String(fault.status),
      },
    };
  }
  if (fault.status === 429) {
    return {
      status: 429,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      body: {
        message: "API rate limit exceeded for installation ID 1.",
        documentation_url:
          "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit",
        status: "429",
      },
    };
  }
  if (fault.status === 403) {
    return {
      status: 403,
      headers: {},
      body: {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest",
        status: "403",
      },
    };
  }
  return {
    status: fault.status,
    headers: {},
    body: { message: fault.status === 502 ? "Bad Gateway" : "Server Error" },
  };
}
