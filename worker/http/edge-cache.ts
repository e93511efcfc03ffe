import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { normalizeArticleUrl } from "../domain/article-url";
import { boundedMemo } from "../domain/bounded-memo";
import { MAX_REQUEST_URL_LENGTH } from "../domain/schema/primitives";
import {
  CACHED_LANGS,
  COMPUTE_DEADLINE_MS,
  MEMORY_MAX_ENTRIES,
  MEMORY_TTL_MS,
  PUBLIC_CACHE_CONTROL,
  STORED_CACHE_CONTROL,
  STORED_SEARCH_CACHE_CONTROL,
} from "./cache-policy";
import { articleTag, cardTag, SEARCH_TAG } from "./cache-tags";
import { MemoryCache } from "./memory-cache";
import { cardFormat } from "./negotiate";

/** This isolate's copies of recent public responses (first tier). */
const memory = new MemoryCache(MEMORY_MAX_ENTRIES, MEMORY_TTL_MS);

/** Internal host for cache keys, so keys do not depend on which hostname was used. */
const KEY_ORIGIN = "https://claimcards.cache";

/** A cacheable public GET: its cache key, and what it shows (which names its Cache-Tag). */
export interface CacheTarget {
  key: string;
  shows: { card: string } | { article: string } | { search: true };
}

/**
 * Where a public GET is cached, or null when it is not one we cache at the
 * edge. Only the variants the widget, iframes and crawlers ask for are
 * cached (an article's first page and its /embed page; a card by id) so a
 * purge can name every key; other variants still carry Cache-Control and
 * ETag. Searches are cached too, briefly (SEARCH_EDGE_MAX_AGE_S), keyed by
 * their parameters in a fixed order.
 */
function edgeCacheTarget(url: URL, accept: string | null | undefined): CacheTarget | null {
  const lang = url.searchParams.get("lang");
  if (lang !== null && !(CACHED_LANGS as readonly string[]).includes(lang)) return null;
  const only = (...names: string[]) => [...url.searchParams.keys()].every((k) => names.includes(k));
  if (url.pathname === "/v1/cards" || url.pathname === "/embed") {
    if (!only("url", "lang")) return null;
    const article = normalizeArticleUrl(url.searchParams.get("url") ?? "");
    if (!article) return null;
    const key = url.pathname === "/embed" ? embedKey(article, lang) : articleKey(article, lang);
    return { key, shows: { article } };
  }
  if (url.pathname === "/v1/search") {
    if (!only("q", "lang", "verdict", "limit", "cursor")) return null;
    const params = new URLSearchParams(url.searchParams);
    params.sort();
    return { key: `${KEY_ORIGIN}/v1/search?${params}`, shows: { search: true } };
  }
  const match = /^\/v1\/cards\/([a-z0-9-]{1,100})$/.exec(url.pathname);
  if (match) {
    if (!only("lang", "format")) return null;
    // The route decides with the same function, so a key never holds the other format.
    const key = cardKey(match[1]!, lang, cardFormat(url.searchParams.get("format"), accept));
    return { key, shows: { card: match[1]! } };
  }
  return null;
}

/**
 * edgeCacheTarget of a request as it arrived (its URL, then its Accept
 * header, on two lines: neither can hold a line break). Remembered per
 * address, because parsing and normalising the article URL cost a
 * memory-tier hit about a third of its time, and every request asks up to
 * three times (memory tier, Cache API tier, storing in memory).
 */
const targetOfAddress = boundedMemo(
  (address) => {
    const [url, accept] = address.split("\n", 2) as [string, string];
    return edgeCacheTarget(new URL(url), accept);
  },
  MEMORY_MAX_ENTRIES * 2,
  MAX_REQUEST_URL_LENGTH + 200, // the longest URL the app accepts, and room for a usual Accept header
);

/** Where a request is cached at the edge, or null (see edgeCacheTarget). */
export function requestCacheTarget(url: string, accept: string | null | undefined): CacheTarget | null {
  return targetOfAddress(`${url}\n${accept ?? ""}`);
}

function articleKey(article: string, lang: string | null): string {
  return `${KEY_ORIGIN}/v1/cards?url=${encodeURIComponent(article)}&lang=${lang ?? ""}`;
}

function embedKey(article: string, lang: string | null): string {
  return `${KEY_ORIGIN}/embed?url=${encodeURIComponent(article)}&lang=${lang ?? ""}`;
}

function cardKey(id: string, lang: string | null, format: string): string {
  return `${KEY_ORIGIN}/v1/cards/${id}?lang=${lang ?? ""}&format=${format}`;
}

/** The Cache-Tag of a cached answer. */
async function tagOf(target: CacheTarget): Promise<string> {
  const { shows } = target;
  if ("card" in shows) return cardTag(shows.card);
  return "article" in shows ? articleTag(shows.article) : SEARCH_TAG;
}

/** Every edge cache key that may hold a card, an article's card list or its /embed page. */
export function purgeKeys(cardIds: string[], articleUrls: string[]): string[] {
  const langs = [null, ...CACHED_LANGS];
  return [
    ...cardIds.flatMap((id) => langs.flatMap((lang) => ["json", "jsonld"].map((f) => cardKey(id, lang, f)))),
    ...articleUrls.flatMap((url) => {
      const article = normalizeArticleUrl(url);
      return article ? langs.flatMap((lang) => [articleKey(article, lang), embedKey(article, lang)]) : [];
    }),
  ];
}

/** Every Cache-Tag that the answers about these cards and articles carry, and every search's. */
export async function purgeTags(cardIds: string[], articleUrls: string[]): Promise<string[]> {
  const articles = articleUrls.map(normalizeArticleUrl).filter((url): url is string => url !== null);
  return [...new Set([...cardIds.map(cardTag), ...(await Promise.all(articles.map(articleTag))), SEARCH_TAG])];
}

/**
 * Removes cached public responses for changed cards and their articles in
 * this isolate's memory and this location's Cache API (the Cache API is per
 * data centre; purge.ts reaches the others).
 */
export async function purgeHere(cardIds: string[], articleUrls: string[]): Promise<void> {
  const cache = caches.default;
  const keys = purgeKeys(cardIds, articleUrls);
  for (const key of keys) memory.delete(key);
  await Promise.all(keys.map((key) => cache.delete(key)));
}

/** Whether an answer to a request that began at `startedAt` may still be stored (cache-policy.ts, part 2). */
export function mayStore(startedAt: number, now = Date.now()): boolean {
  return now - startedAt <= COMPUTE_DEADLINE_MS;
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
  const key = requestCacheTarget(request.url, request.headers.get("accept"))?.key;
  const hit = key ? memory.get(key) : undefined;
  if (!hit) return null;
  // The stored headers (cc-cache: memory included) are copied into the answer; only the request id is new.
  const response = new Response(request.method === "HEAD" ? null : hit.body, { status: 200, headers: hit.headers });
  response.headers.set("x-request-id", crypto.randomUUID());
  return response;
}

/**
 * Keeps a copy of a cacheable public 200 (as the app finally answered it)
 * for serveFromMemory, unless the request began too long ago to be sure no
 * write has purged since (`startedAt`: when the Worker received it).
 */
export async function rememberInMemory(request: Request, response: Response, startedAt: number): Promise<Response> {
  if (request.method !== "GET" || response.status !== 200 || !response.headers.has("cc-cache")) return response;
  const key = requestCacheTarget(request.url, request.headers.get("accept"))?.key;
  if (!key) return response;
  const body = await response.arrayBuffer();
  const copy = new Response(body, response);
  if (mayStore(startedAt)) {
    const stored = new Headers(copy.headers);
    stored.set("cc-cache", "memory");
    memory.set(key, body, stored);
  }
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
    const startedAt = Date.now();
    const target = requestCacheTarget(c.req.url, c.req.header("accept"));

    const hit = target ? await caches.default.match(target.key) : undefined;
    if (hit) {
      const response = new Response(hit.body, hit);
      // The stored copy carries the Cache API's lifetime; readers get theirs.
      response.headers.set("cache-control", PUBLIC_CACHE_CONTROL);
      response.headers.set("cc-cache", "hit");
      return response;
    }

    await next();
    if (c.res.status !== 200) return;
    c.header("cache-control", PUBLIC_CACHE_CONTROL);
    if (!target) return;
    c.header("cc-cache", "miss");
    c.header("cache-tag", await tagOf(target));
    const stored = c.res.clone();
    c.executionCtx.waitUntil(
      (async () => {
        // Checked right before the put: an answer read before a write that
        // has purged since must not be stored after that purge.
        if (!mayStore(startedAt)) return;
        const copy = new Response(stored.body, stored);
        copy.headers.set(
          "cache-control",
          "search" in target.shows ? STORED_SEARCH_CACHE_CONTROL : STORED_CACHE_CONTROL,
        );
        await caches.default.put(target.key, copy);
      })(),
    );
  };
}
