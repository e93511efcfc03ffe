import { LANGS } from "../../common/languages";

/**
 * How long public answers may be reused, and the bound that follows: one
 * place for every value.
 *
 * The promise to readers: a retraction or correction reaches every reader
 * within RETRACTION_BOUND_S, provided the global purge is configured
 * (global-purge.ts). The parts, after a write commits at T:
 *
 * 1. The location that handled the write drops its copies at once, and the
 *    purge API drops every location's copies (it answers within
 *    PURGE_API_TIMEOUT_MS, or the write is answered as a failed purge).
 * 2. A read that began before the write may still store its older answer
 *    after step 1. So no tier stores an answer whose request began more than
 *    COMPUTE_DEADLINE_MS earlier, and the write purges everything again
 *    REPURGE_AFTER_MS later: whatever a read stores after that second purge
 *    began after the write (or after the first purge), so it is current.
 * 3. An isolate's memory keeps a copy MEMORY_TTL_MS at most; nobody can
 *    purge it from outside that isolate.
 * 4. A browser keeps an answer BROWSER_MAX_AGE_S and is never told it may
 *    serve it stale.
 *
 * Worst case: the last stale copy leaves the Cache API by T + REPURGE_AFTER
 * + PURGE_API_TIMEOUT; a read that began just before that may still put it
 * in memory within COMPUTE_DEADLINE; memory serves it MEMORY_TTL longer; a
 * browser keeps that answer BROWSER_MAX_AGE. WORST_CASE_MS adds these up
 * (52 s) and must stay within the stated bound (60 s).
 *
 * Without the purge API (or when it fails), other locations' copies expire
 * on their own: UNPURGED_WORST_CASE_MS must stay within UNPURGED_BOUND_S.
 *
 * No answer carries stale-while-revalidate or an edge-only Cache-Control
 * (CDN-Cache-Control and its kin): Cloudflare does not cache a Worker's own
 * answers, the Cache API reads only max-age, and any other cache that would
 * honour such a header (a publisher's zone proxying `/embed`, say) is one
 * our purge never reaches: a day of stale copies there would break the bound.
 *
 * Both bounds are in common/purge-reach.ts: the desk and the CLI tell them
 * to whoever made the change.
 */

/** Browsers (and any shared cache we cannot purge) reuse an answer this long, never longer. */
export const BROWSER_MAX_AGE_S = 30;

/** What browsers and every cache we cannot purge are told: no s-maxage, no stale-while-revalidate. */
export const PUBLIC_CACHE_CONTROL = `public, max-age=${BROWSER_MAX_AGE_S}`;

/** How long the Cache API (our edge tier, purged on writes) keeps an answer. */
export const EDGE_MAX_AGE_S = 300;

/** The Cache-Control of the copy stored with the Cache API, which reads only its max-age. */
export const STORED_CACHE_CONTROL = `public, max-age=${EDGE_MAX_AGE_S}`;

/**
 * How long the Cache API keeps a search answer. Any card may be in any
 * search, so a write cannot name the keys to delete in its own location;
 * the purge API reaches them by tag elsewhere. Here they expire instead,
 * soon enough that the bound holds without a purge (SEARCH_WORST_CASE_MS).
 */
export const SEARCH_EDGE_MAX_AGE_S = 15;

/** The Cache-Control of a stored search answer. */
export const STORED_SEARCH_CACHE_CONTROL = `public, max-age=${SEARCH_EDGE_MAX_AGE_S}`;

/** Languages whose cached variants a purge removes (the widget's languages). */
export const CACHED_LANGS = LANGS;

/**
 * How long a response stays in an isolate's memory (see memory-cache.ts):
 * short, because only the isolate that handles a write can purge its own.
 */
export const MEMORY_TTL_MS = 5_000;

/** Responses one isolate keeps in memory at most (each a few KB). */
export const MEMORY_MAX_ENTRIES = 500;

/**
 * An answer whose request began longer ago than this is served but not
 * stored in any cache tier: a read takes milliseconds, so only a read that
 * may have raced a write (or a very slow one) is affected.
 */
export const COMPUTE_DEADLINE_MS = 2_000;

/**
 * When a write purges again. Longer than COMPUTE_DEADLINE_MS plus the time
 * a Cache API put takes to land, so every answer a read stores from before
 * the write is already stored when the second purge runs.
 */
export const REPURGE_AFTER_MS = 10_000;

/** How long a call to Cloudflare's purge API may take before it counts as failed. */
export const PURGE_API_TIMEOUT_MS = 5_000;

/** The worst case described above, in milliseconds. */
export const WORST_CASE_MS =
  REPURGE_AFTER_MS + PURGE_API_TIMEOUT_MS + COMPUTE_DEADLINE_MS + MEMORY_TTL_MS + BROWSER_MAX_AGE_S * 1000;

/**
 * A search answer's worst case, with no purge at all: stored by a read that
 * began just before the write, it expires from the Cache API, then memory,
 * then the browser.
 */
export const SEARCH_WORST_CASE_MS =
  COMPUTE_DEADLINE_MS + SEARCH_EDGE_MAX_AGE_S * 1000 + MEMORY_TTL_MS + BROWSER_MAX_AGE_S * 1000;

/**
 * The worst case where the purge did not reach a location: a read that
 * began just before the write stores its answer there within the deadline;
 * it lives out EDGE_MAX_AGE_S, then memory, then the browser.
 */
export const UNPURGED_WORST_CASE_MS =
  COMPUTE_DEADLINE_MS + EDGE_MAX_AGE_S * 1000 + MEMORY_TTL_MS + BROWSER_MAX_AGE_S * 1000;
