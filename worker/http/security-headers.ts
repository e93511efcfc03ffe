import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../app-env";
import { isWithin } from "./path-within";

/** What every answer says, whoever it is for. */
const COMMON = {
  referrerPolicy: "strict-origin-when-cross-origin",
  strictTransportSecurity: "max-age=31536000; includeSubDomains",
} as const;

/**
 * JSON is never a document: if someone opens it as one, nothing may run,
 * load or frame it (its Content-Security-Policy says so, frame-ancestors
 * included). The headers that speak only to documents (opener isolation,
 * agent clusters, DNS prefetching), to browsers without that CSP
 * (X-Frame-Options), to IE8's downloads, to Flash's cross-domain policies
 * or to the retired XSS auditor say nothing more about JSON and are left
 * out: every header is work on every answer, and without these a
 * memory-cache hit answers ~5% more requests (docs/performance.md).
 */
const FOR_JSON = {
  ...COMMON,
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xFrameOptions: false,
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
};

/**
 * Public JSON and oEmbed are meant to be read from other sites (the widget
 * runs on news pages), so their resources are
 * `Cross-Origin-Resource-Policy: cross-origin`.
 */
const forPublicJson = secureHeaders({ ...FOR_JSON, crossOriginResourcePolicy: "cross-origin" });

/** The write API is called only by the newsroom's own tools: same-origin. */
const forAdmin = secureHeaders({ ...FOR_JSON, crossOriginResourcePolicy: "same-origin" });

/**
 * The embed page is made to be framed by any site: no X-Frame-Options, and
 * its own Content-Security-Policy (embed/headers.ts), which this leaves alone.
 */
const forEmbed = secureHeaders({ ...COMMON, crossOriginResourcePolicy: "cross-origin", xFrameOptions: false });

/**
 * Answers that carry their own Content-Security-Policy, which this leaves
 * alone: a captured page served as a download (sandboxed,
 * routes/source-copies.ts) and the newsroom desk (routes/desk.ts).
 */
const forCapture = secureHeaders({ ...COMMON, crossOriginResourcePolicy: "same-origin", xFrameOptions: "DENY" });

/**
 * Hono's secure headers on every response (nosniff, HSTS, referrer policy and
 * the rest), in one of four settings chosen by who the answer is for.
 * Registered once for the whole app, so 404s and errors carry them too.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const path = c.req.path;
    if (/^\/v1\/(admin\/)?sources\/[^/]+\/raw$/.test(path)) return forCapture(c, next);
    if (isWithin(path, "/v1/admin")) return forAdmin(c, next);
    if (isWithin(path, "/desk")) return forCapture(c, next);
    if (isWithin(path, "/embed")) return forEmbed(c, next);
    return forPublicJson(c, next);
  };
}
