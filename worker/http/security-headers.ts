import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";

/**
 * Headers every response carries. Public JSON, the embed page and oEmbed are
 * meant to be used from other sites, so their resources are
 * `Cross-Origin-Resource-Policy: cross-origin`; admin responses are
 * same-origin. Framing rules belong to each HTML route (the embed page is
 * framable, nothing else is HTML here).
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set("x-content-type-options", "nosniff");
    headers.set("referrer-policy", "strict-origin-when-cross-origin");
    headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
    const path = new URL(c.req.url).pathname;
    headers.set("cross-origin-resource-policy", path.startsWith("/v1/admin") ? "same-origin" : "cross-origin");
    if (!headers.has("content-security-policy") && !path.startsWith("/embed")) {
      // JSON is never a document: if someone opens it as one, nothing may run or load.
      headers.set("content-security-policy", "default-src 'none'; frame-ancestors 'none'");
    }
  };
}
