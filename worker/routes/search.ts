import { Hono } from "hono/tiny";
import type { AppEnv } from "../app-env";
import { localizeCard } from "../domain/public-card";
import { toFtsQuery } from "../domain/search-text";
import { decodeCursor, encodeCursor } from "../http/cursor";
import { validQuery } from "../http/validate";
import { searchPublishedCards } from "../store/search";
import { DEFAULT_LIMIT, SearchQuery } from "./query";

/** `GET /v1/search?q=&lang=&verdict=&limit=&cursor=`: full-text search over published cards. */
export const searchRoutes = new Hono<AppEnv>().get("/", validQuery(SearchQuery), async (c) => {
  const { q, lang, verdict, cursor } = c.req.valid("query");
  const limit = c.req.valid("query").limit ?? DEFAULT_LIMIT;
  const match = toFtsQuery(q, { lang, verdict });
  if (!match) return c.json({ data: [], next: null });
  const after = cursor ? decodeCursor(cursor, ["number", "number"] as const) : undefined;
  // One extra row says whether there is a next page.
  const hits = await searchPublishedCards(c.var.db, { match, limit: limit + 1, after });
  const page = hits.slice(0, limit);
  const last = page.at(-1);
  return c.json({
    data: page.map((hit) => localizeCard(hit.view, lang)),
    next: hits.length > limit && last ? encodeCursor([last.score, last.rowid]) : null,
  });
});
