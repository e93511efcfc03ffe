import { LANGS } from "../../common/languages";

/**
 * How long public responses may be reused: one place for every value.
 * Browsers keep a minute; shared caches five; after that a stale copy may be
 * served for a day while a fresh one is fetched, so a slow or failing origin
 * never blanks the widget on a busy news page.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=86400";

/** Languages whose cached variants a purge removes (the widget's languages). */
export const CACHED_LANGS = LANGS;

/**
 * How long a response stays in an isolate's memory (see memory-cache.ts):
 * short, because only the isolate that handles a write can purge its own.
 */
export const MEMORY_TTL_MS = 5_000;

/** Responses one isolate keeps in memory at most (each a few KB). */
export const MEMORY_MAX_ENTRIES = 500;
