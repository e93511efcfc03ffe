import type { MiddlewareHandler } from "hono";
import { normalizeArticleUrl } from "../domain/article-url";
import type { AppEnv } from "../app-env";
import { CACHED_LANGS, MEMORY_MAX_ENTRIES, MEMORY_TTL_MS, PUBLIC_CACHE_CONTROL } from "./cache-policy";
import { matchesEtag, strongEtag } from "./etag";
import { MemoryCache } from "./memory-cache";

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
export function edgeCacheKey(url: URL, accept: string | undefined): string | null {
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
    const format = url.searchParams.get("format") ?? (accept?.includes("application/ld+json") ? "jsonld" : "json");
    return cardKey(match[1]!, lang, format);
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

function notModified(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.delete("content-type");
  return new Response(null, { status: 304, headers });
}

/** 304 for a matching If-None-Match, else the response. */
function conditional(ifNoneMatch: string | undefined, response: Response): Response {
  return matchesEtag(ifNoneMatch, response.headers.get("etag") ?? "") ? notModified(response) : response;
}

/**
 * The first tier, in front of the whole app: a fresh copy in this isolate's
 * memory answers before routing, middleware or rate limiting (a hit costs
 * the platform almost nothing). Returns null on a miss. The copy holds the
 * final headers (CORS, security), so only the request id is new.
 */
export function serveFromMemory(request: Request): Response | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const key = edgeCacheKey(new URL(request.url), request.headers.get("accept") ?? undefined);
  const hit = key ? memory.get(key) : undefined;
  if (!hit) return null;
  const headers = new Headers(hit.headers);
  headers.set("cc-cache", "memory");
  headers.set("x-request-id", crypto.randomUUID());
  const body = request.method === "HEAD" ? null : hit.body;
  return conditional(request.headers.get("if-none-match") ?? undefined, new Response(body, { status: 200, headers }));
}

/** Keeps a copy of a cacheable public 200 (as the app finally answered it) for serveFromMemory. */
export async function rememberInMemory(request: Request, response: Response): Promise<Response> {
  if (request.method !== "GET" || response.status !== 200 || !response.headers.has("cc-cache")) return response;
  const key = edgeCacheKey(new URL(request.url), request.headers.get("accept") ?? undefined);
  if (!key) return response;
  const body = await response.arrayBuffer();
  const copy = new Response(body, response);
  memory.set(key, body, copy.headers);
  return copy;
}

/**
 * Public GET responses: served from the Workers Cache API when possible,
 * always with Cache-Control and a strong ETag, and 304 for a matching
 * If-None-Match. Only 200s are cached; errors never are.
 */
export function publicCaching(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const key = edgeCacheKey(new URL(c.req.url), c.req.header("accept"));
    const ifNoneMatch = c.req.header("if-none-match");

    const hit = key ? await caches.default.match(key) : undefined;
    if (hit) {
      const body = await hit.arrayBuffer();
      const response = new Response(body, hit);
      response.headers.set("cc-cache", "hit");
      return conditional(ifNoneMatch, response);
    }

    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.arrayBuffer();
    const response = new Response(body, c.res);
    response.headers.set("cache-control", PUBLIC_CACHE_CONTROL);
    response.headers.set("etag", await strongEtag(body));
    if (key) {
      response.headers.set("cc-cache", "miss");
      c.executionCtx.waitUntil(caches.default.put(key, response.clone()));
    }
    c.res = undefined; // let Hono replace the response rather than merge headers into it
    c.res = conditional(ifNoneMatch, response);
  };
}
