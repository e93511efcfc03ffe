import type { Bindings } from "../app-env";
import { REPURGE_AFTER_MS } from "./cache-policy";
import { purgeHere, purgeTags } from "./edge-cache";
import { purgeApiSettings, purgeTagsEverywhere } from "./global-purge";

/**
 * How far a write's purge reached, sent back as the `cc-purge` header:
 * - `everywhere`: this location, and every other through the purge API;
 * - `this-location`: the purge API is not configured, so other locations
 *   keep their copies until they expire (EDGE_MAX_AGE_S);
 * - `failed`: the purge API refused or did not answer (logged with the
 *   reason); the write itself stands. Retry by writing again or purge the
 *   card's tags by hand.
 */
export type PurgeReach = "everywhere" | "this-location" | "failed";

/**
 * Clears every cached public copy of changed cards and their articles:
 * here at once, everywhere through the purge API when configured, and all of
 * it again REPURGE_AFTER_MS later (cache-policy.ts explains why). Called
 * before the write is answered, so whoever published, corrected or retracted
 * sees it on their next read.
 */
export async function purgeChanged(
  env: Bindings,
  ctx: ExecutionContext,
  cardIds: string[],
  articleUrls: string[],
): Promise<PurgeReach> {
  const settings = purgeApiSettings(env);
  const tags = await purgeTags(cardIds, articleUrls);
  const purgeAll = async (round: string): Promise<PurgeReach> => {
    await purgeHere(cardIds, articleUrls);
    if (!settings) return "this-location";
    const problem = await purgeTagsEverywhere(settings, tags);
    if (!problem) return "everywhere";
    console.error(`global cache purge failed (${round}): ${problem}`, { cards: cardIds, tags });
    return "failed";
  };
  const reach = await purgeAll("at once");
  ctx.waitUntil(
    (async () => {
      await new Promise((resolve) => setTimeout(resolve, REPURGE_AFTER_MS));
      try {
        await purgeAll(`again after ${REPURGE_AFTER_MS} ms`);
      } catch (error) {
        // Nobody awaits this one: say what failed instead of an unhandled rejection.
        console.error("second cache purge failed", error, { cards: cardIds, tags });
      }
    })(),
  );
  return reach;
}
