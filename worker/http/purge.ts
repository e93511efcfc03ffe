import type { PurgeReach } from "../../common/purge-reach";
import type { Bindings } from "../app-env";
import { REPURGE_AFTER_MS } from "./cache-policy";
import { purgeHere, purgeTags } from "./edge-cache";
import { purgeApiSettings, purgeTagsEverywhere } from "./global-purge";

/**
 * Clears every cached public copy of changed cards and their articles:
 * here at once, everywhere through the purge API when configured, and all of
 * it again REPURGE_AFTER_MS later (cache-policy.ts explains why). Called
 * before the write is answered, so whoever published, corrected or retracted
 * sees it on their next read. Resolves to how far the first round reached,
 * which the write answers with as its `cc-purge` header.
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
