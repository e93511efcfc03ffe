import type { MiddlewareHandler } from "hono";
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import type { AppEnv } from "../app-env";

/** The digest behind every ETag: the first 128 bits of the body's SHA-256. */
async function truncatedSha256(body: Uint8Array): Promise<ArrayBuffer> {
  return (await crypto.subtle.digest("SHA-256", body)).slice(0, 16);
}

/**
 * Strong ETags on public GETs, and 304 Not Modified for a matching
 * If-None-Match (Hono's etag middleware). A 304 keeps, besides the headers
 * HTTP requires, what a cross-origin reader's browser and our logs need.
 */
export function publicEtag(): MiddlewareHandler<AppEnv> {
  return etag({
    generateDigest: truncatedSha256,
    retainedHeaders: [...RETAINED_304_HEADERS, "access-control-allow-origin", "x-request-id", "cc-cache"],
  });
}
