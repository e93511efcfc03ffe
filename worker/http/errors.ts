import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { FieldIssue } from "../domain/schema/issues";

/** The one error shape every failing response has. */
export interface ErrorBody {
  error: { code: string; message: string; issues?: FieldIssue[] };
}

/**
 * An error meant for the client: thrown anywhere in a request, turned into
 * the JSON error shape by `onError`. Anything else thrown is a bug and
 * becomes an opaque 500.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, issues?: FieldIssue[]): ErrorBody {
  return { error: { code, message, ...(issues?.length ? { issues } : {}) } };
}

/** `app.onError`: client errors as they are, everything else as a 500 without details. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    return c.json(errorBody(err.code, err.message, err.issues), err.status);
  }
  // Hono's middleware that answers in our error shape itself (bearer auth) hands over its response.
  if (err instanceof HTTPException && err.res) {
    const response = err.getResponse();
    // Through the context, so the headers set earlier (the request id) stay.
    response.headers.forEach((value, name) => c.header(name, value));
    return c.newResponse(response.body, response.status as ContentfulStatusCode);
  }
  // Hono raises HTTPException for malformed requests it detects itself.
  const status = (err as { status?: unknown }).status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return c.json(errorBody("bad_request", err.message || "Bad request"), status as ContentfulStatusCode);
  }
  // Logged with the request id the client also got (X-Request-Id), never sent.
  console.error(`unhandled error [${c.get("requestId") ?? "-"}]`, err);
  return c.json(errorBody("internal", "Something went wrong on our side."), 500);
}

/** `app.notFound`: unknown routes answer in the same shape. */
export function handleNotFound(c: Context): Response {
  return c.json(errorBody("not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}`), 404);
}
