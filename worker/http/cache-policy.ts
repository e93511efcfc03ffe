/**
 * How long public responses may be reused: one place for every value.
 * Browsers keep a minute; shared caches five; after that a stale copy may be
 * served for a day while a fresh one is fetched, so a slow or failing origin
 * never blanks the widget on a busy news page.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=86400";

/** Languages whose cached variants a purge removes (the widget's languages). */
export const CACHED_LANGS = ["en", "fa"] as const;
