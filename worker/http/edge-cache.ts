import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { normalizeArticleUrl } from "../domain/article-url";
import { CACHED_LANGS, MEMORY_MAX_ENTRIES, MEMORY_TTL_MS, PUBLIC_CACHE_CONTROL } from "./cache-policy";
import { MemoryCache } from "./memory-cache";
import { cardFormat } from "./negotiate";

/** This isolate's copies of recent public responses (first tier). */
const memory = new MemoryCache(MEMORY_MAX_ENTRIES, MEMORY_TTL_MS);

/** Internal host for cache keys, so keys do not depend on which hostname was used. */
const KEY_ORIGIN = "https://claimcards.cache";

/**
 * The cache key for a public GET, or null when the request is not one we
 * cache at the edge. Only the variants the widget and crawlers ask for are
 * cached (an article's first page; a card by id) so a purge can name every
 * key; other variants still carry Cache-Control and ETag.
 */
export function edgeCacheKey(url: URL, accept: string | null | undefined): string | null {
  const lang = url.searchParams.get("lang");
  if (lang !== null && !(CACHED_LANGS as readonly string[]).includes(lang)) return null;
  if (url.pathname === "/v1/cards") {
    const known = new Set(["url", "lang"]);
    if ([...url.searchParams.keys()].some((k) => !known.has(k))) return null;
    const article = normalizeArticleUrl(url.searchParams.get("url") ?? "");
    return article ? articleKey(article, lang) : null;
  }
  const match = /^\/v1\/cards\/([a-z0-9-]{1,100})$/.exec(url.pathname);
  if (match) {
    const known = new Set(["lang", "format"]);
    if ([...url.searchParams.keys()].some((k) => !known.has(k))) return null;
    // The route decides with the same function, so a key never holds the other format.
    return cardKey(match[1]!, lang, cardFormat(url.searchParams.get("format"), accept));
  }
  return null;
}

function articleKey(article: string, lang: string | null): string {
  return `${KEY_ORIGIN}/v1/cards?url=${encodeURIComponent(article)}&lang=${lang ?? ""}`;
}

function cardKey(id: string, lang: string | null, format: string): string {
  return `${KEY_ORIGIN}/v1/cards/${id}?lang=${lang ?? ""}&format=${format}`;
}

/** Every edge cache key that may hold a card or an article's card list. */
export function purgeKeys(cardIds: string[], articleUrls: string[]): string[] {
  const langs = [null, ...CACHED_LANGS];
  return [
    ...cardIds.flatMap((id) => langs.flatMap((lang) => ["json", "jsonld"].map((f) => cardKey(id, lang, f)))),
    ...articleUrls.flatMap((url) => {
      const article = normalizeArticleUrl(url);
      return article ? langs.map((lang) => articleKey(article, lang)) : [];
    }),
  ];
}

/**
 * Removes cached public responses for changed cards and their articles.
 * The Cache API is per data centre: other locations expire by s-maxage.
 */
export async function purgeEdgeCache(cardIds: string[], articleUrls: string[]): Promise<void> {
  const cache = caches.default;
  const keys = purgeKeys(cardIds, articleUrls);
  for (const key of keys) memory.delete(key);
  await Promise.all(keys.map((key) => cache.delete(key)));
}

/**
 * The first tier, in front of the whole app: a fresh copy in this isolate's
 * memory answers before routing, middleware or rate limiting (a hit costs
 * the platform almost nothing). Returns null on a miss. The copy holds the
 * final headers (CORS, security), so only the request id is new.
 * Revalidations (If-None-Match) go to the app, whose etag middleware is the
 * one place that answers 304: they are few (a browser revalidates after
 * max-age) and the Cache API still answers them without D1.
 */
export function serveFromMemory(request: Request): Response | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.has("if-none-match")) return null;
  const key = edgeCacheKey(new URL(request.url), request.headers.get("accept"));
  const hit = key ? memory.get(key) : undefined;
  if (!hit) return null;
  const headers = new Headers(hit.headers);
  headers.set("cc-cache", "memory");
  headers.set("x-request-id", crypto.randomUUID());
  return new Response(request.method === "HEAD" ? null : hit.body, { status: 200, headers });
}

/** Keeps a copy of a cacheable public 200 (as the app finally answered it) for serveFromMemory. */
export async function rememberInMemory(request: Request, response: Response): Promise<Response> {
  if (request.method !== "GET" || response.status !== 200 || !response.headers.has("cc-cache")) return response;
  const key = edgeCacheKey(new URL(request.url), request.headers.get("accept"));
  if (!key) return response;
  const body = await response.arrayBuffer();
  const copy = new Response(body, response);
  memory.set(key, body, copy.headers);
  return copy;
}

/**
 * Public GET responses: served from the Workers Cache API when possible,
 * always with Cache-Control. Only 200s are cached; errors never are. The
 * ETag and 304s come from the etag middleware registered in front of this.
 */
export function publicCaching(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const key = edgeCacheKey(new URL(c.req.url), c.req.header("accept"));

    const hit = key ? await caches.default.match(key) : undefined;
    if (hit) {
      const response = new Response(hit.body, hit);
      response.headers.set("cc-cache", "hit");
      return response;
    }

    await next();
    if (c.res.status !== 200) return;
    c.header("cache-control", PUBLIC_CACHE_CONTROL);
    if (key) {
      c.header("cc-cache", "miss");
      c.executionCtx.waitUntil(caches.default.put(key, c.res.clone()));
    }
  };
}
