import { sha256Hex } from "../domain/sha256";

/**
 * Cache-Tag values: what Cloudflare's purge API removes in every location
 * at once (global-purge.ts). Every cached answer carries exactly one: the
 * card it shows, the article whose cards it lists (the list and /embed), or
 * SEARCH_TAG for a search answer.
 * The `cc-` prefix keeps them apart from other tags in the operator's zone.
 */
export function cardTag(cardId: string): string {
  return `cc-card-${cardId}`;
}

/**
 * Every search answer: any card may be in any of them, so every write that
 * changes what readers see purges them all.
 */
export const SEARCH_TAG = "cc-search";

/**
 * An article's tag names its normalised URL by hash: a tag is at most 1,024
 * characters and printable ASCII, while article URLs may be longer or not
 * ASCII. 128 bits keep two articles from sharing a tag.
 */
export async function articleTag(normalizedArticleUrl: string): Promise<string> {
  return `cc-article-${(await sha256Hex(normalizedArticleUrl)).slice(0, 32)}`;
}
