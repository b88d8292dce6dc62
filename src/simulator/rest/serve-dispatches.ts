import { z } from "zod";
import { validationFailed } from "../http/http-error.js";
import type { Route } from "../http/route-types.js";
import { parseBody } from "../http/parse-body.js";
import { buildDispatchEvent } from "../webhooks/build-dispatch-event.js";
import { requireRepo } from "./lookup.js";

const schema = z.object({
  event_type: z.string().min(1).max(100),
  client_payload: z.record(z.string(), z.unknown()).optional(),
});

/** `POST /repos/{o}/{r}/dispatches`: 204 and a `repository_dispatch` webhook. */
export const dispatchRoutes: Route[] = [
  {
    method: "POST",
    pattern: "/repos/{owner}/{repo}/dispatches",
    handler: (ctx, req) => {
      const repo = requireRepo(ctx, req);
      const input = parseBody(schema, req.body);
      const clientPayload = input.client_payload ?? {};
      if (Object.keys(clientPayload).length > 10) {
        throw validationFailed([], "client_payload can have at most 10 top-level properties");
      }
      ctx.emit([buildDispatchEvent(ctx, repo, input.event_type, clientPayload, req.actor)]);
      return { status: 204 };
    },
  },
];
