import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { ApiError } from "./errors";
import { isWithin } from "./path-within";

/**
 * The header a newsroom client sends back and every newsroom answer carries:
 * the D1 bookmark of the last state it saw (Cloudflare's examples use the
 * same name).
 */
export const BOOKMARK_HEADER = "x-d1-bookmark";

/** D1 bookmarks are four hyphenated hex groups (8-8-8-32), e.g. `00000001-0000000e-00004e2c-…`. */
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

const isNewsroom = (path: string) => isWithin(path, "/v1/admin") || isWithin(path, "/desk");

/**
 * One D1 session per request (D1 read replication), in `c.var.db`.
 *
 * - Readers start anywhere (`first-unconstrained`): the nearest replica
 *   answers, at most replication lag behind the primary, which public
 *   answers already are through their cache lifetime.
 * - The newsroom reads its own writes: a request starts from the bookmark
 *   its client sent back, or at the primary without one, and every newsroom
 *   answer returns the session's latest bookmark for the next request.
 *
 * A bookmark that is not one is refused with 400: D1 would otherwise fail
 * the query later as a 500, or (locally) ignore it silently.
 */
export function d1Session(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const newsroom = isNewsroom(c.req.path);
    const sent = c.req.header(BOOKMARK_HEADER)?.trim();
    if (sent !== undefined && sent !== "" && !BOOKMARK.test(sent)) {
      throw new ApiError(400, "invalid_bookmark", `Invalid ${BOOKMARK_HEADER} header`, [
        { path: BOOKMARK_HEADER, message: "must be a bookmark this API returned, as it was sent" },
      ]);
    }
    // Opened on the first query: an answer from the edge cache needs none, and
    // a binding that fails to open one fails that query, where the route
    // turns it into its own answer (/healthz: 503) rather than a bare 500.
    let session: D1DatabaseSession | undefined;
    const open = () => {
      session ??= c.env.DB.withSession(sent || (newsroom ? "first-primary" : "first-unconstrained"));
      return session;
    };
    c.set("db", {
      prepare: (query) => open().prepare(query),
      batch: (statements) => open().batch(statements),
    });
    await next();
    if (!newsroom) return;
    // Without a query this request saw nothing newer than what it was sent.
    const bookmark = session?.getBookmark() || sent;
    if (bookmark) c.header(BOOKMARK_HEADER, bookmark);
  };
}
