import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type * as v from "valibot";
import type { AppEnv } from "../app-env";
import { parseWith } from "../domain/schema/issues";
import { ApiError } from "./errors";

/** Largest write body: a long archived source fits; a flood does not. */
export const MAX_BODY_BYTES = 2_500_000;

/**
 * 413 for a body over MAX_BODY_BYTES (Hono's body limit): by Content-Length
 * when there is one, else while the body streams in, so a chunked flood is
 * refused after MAX_BODY_BYTES rather than read in full.
 */
export function limitedBody(): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES} bytes`);
    },
  });
}

/**
 * The request's JSON body, validated: 415 if it is not JSON, 400 naming each
 * bad field otherwise (its size is checked by `limitedBody`).
 */
export async function jsonBody<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON (Content-Type: application/json)");
  }
  const bytes = await c.req.arrayBuffer();
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch (error) {
    throw new ApiError(400, "invalid_json", `The body is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseWith(schema, value);
  if (!parsed.ok) {
    throw new ApiError(
      400,
      "invalid_body",
      `Invalid field: ${parsed.issues.map((i) => i.path).join(", ")}`,
      parsed.issues,
    );
  }
  return parsed.value;
}

/**
 * The version a write is based on, from `If-Match` ("3" or "\"3\""). 428 when
 * missing: changing a card without saying which version you saw would
 * silently undo someone else's edit.
 */
export function ifMatchVersion(c: Context): number {
  const header = c.req.header("if-match");
  if (!header) throw new ApiError(428, "precondition_required", "Send If-Match with the card version you are changing");
  const version = Number(/^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header)?.[1]);
  if (!Number.isInteger(version) || version < 1) {
    throw new ApiError(400, "invalid_if_match", "If-Match must be the card's version number, e.g. If-Match: 3");
  }
  return version;
}
