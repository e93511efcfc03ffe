/**
 * How far a write's purge of cached public answers reached, and how soon
 * readers see the change in each case. The write API names the reach in
 * its PURGE_HEADER (`cc-purge`); the desk and the CLI tell the person who
 * made the change. worker/http/cache-policy.ts adds up the parts of each
 * bound, and its tests hold them to these figures.
 */
export const PURGE_REACHES = ["everywhere", "this-location", "failed"] as const;

/** The answer header that names the reach. */
export const PURGE_HEADER = "cc-purge";

/**
 * - `everywhere`: the location that handled the write, and every other
 *   through Cloudflare's purge API;
 * - `this-location`: the purge API is not configured, so other locations
 *   keep their copies until they expire;
 * - `failed`: the purge API refused or did not answer; the write stands.
 */
export type PurgeReach = (typeof PURGE_REACHES)[number];

/** Every reader sees a change within this many seconds when the purge reached everywhere. */
export const RETRACTION_BOUND_S = 60;

/** Every reader sees a change within this many seconds when other locations' copies are left to expire. */
export const UNPURGED_BOUND_S = 6 * 60;

/** The reach a write's answer names, or null when it names none (nothing readers see changed). */
export function purgeReachOf(headers: Headers): PurgeReach | null {
  const named = headers.get(PURGE_HEADER);
  return PURGE_REACHES.find((reach) => reach === named) ?? null;
}
