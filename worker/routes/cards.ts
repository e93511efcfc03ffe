import { Hono } from "hono/tiny";
import * as v from "valibot";
import type { AppEnv } from "../app-env";
import { normalizeArticleUrl } from "../domain/article-url";
import { claimReviewUrl, toClaimReview } from "../domain/claim-review";
import { localizeCard } from "../domain/public-card";
import { decodeCursor, encodeCursor } from "../http/cursor";
import { ApiError } from "../http/errors";
import { cardFormat } from "../http/negotiate";
import { validQuery } from "../http/validate";
import { listPublishedCardsForArticle, lookUpPublicCard } from "../store/cards";
import { CardIdParam, CardQuery, CardsForArticleQuery, DEFAULT_LIMIT } from "./query";

/** Public, read-only card routes, mounted at `/v1/cards`. */
export const cardsRoutes = new Hono<AppEnv>()
  .get("/", validQuery(CardsForArticleQuery), async (c) => {
    const { url, lang, cursor } = c.req.valid("query");
    const limit = c.req.valid("query").limit ?? DEFAULT_LIMIT;
    // HttpUrl already guarantees an http(s) URL, so this cannot be null.
    const article = normalizeArticleUrl(url)!;
    const after = cursor ? decodeCursor(cursor, ["number", "string", "string"] as const) : undefined;
    // One extra row says whether there is a next page.
    const rows = await listPublishedCardsForArticle(c.var.db, article, limit + 1, after);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return c.json({
      url: article,
      data: page.map((row) => localizeCard(row.view, lang)),
      next: rows.length > limit && last ? encodeCursor(last.key) : null,
    });
  })
  .get("/:id", validQuery(CardQuery), async (c) => {
    const id = c.req.param("id");
    if (!v.safeParse(CardIdParam, id).success)
      throw new ApiError(404, "not_found", `No published card "${id.slice(0, 100)}"`);
    const found = await lookUpPublicCard(c.var.db, id);
    // A retracted card's address stays meaningful: readers following an old link learn why it is gone.
    if (found.status === "retracted") throw new ApiError(410, "retracted", `Card "${id}" was retracted: ${found.note}`);
    if (found.status === "missing") throw new ApiError(404, "not_found", `No published card "${id}"`);
    const { lang, format } = c.req.valid("query");
    const card = localizeCard(found.view, lang);
    // The same answer the edge cache key gives (http/edge-cache.ts); caches must key on Accept too.
    c.header("vary", "Accept");
    if (cardFormat(format, c.req.header("accept")) === "jsonld") {
      return c.body(JSON.stringify(toClaimReview(card, claimReviewUrl(c.req.url, card))), 200, {
        "content-type": "application/ld+json; charset=utf-8",
      });
    }
    return c.json(card);
  });
