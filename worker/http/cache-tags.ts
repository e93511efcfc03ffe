import { sha256Hex } from "../domain/sha256";

/**
 * Cache-Tag values: what Cloudflare's purge API removes in every location
 * at once (global-purge.ts). Every cached answer carries exactly one: the
 * card it shows, or the article whose cards it lists (the list and /embed).
 * The `cc-` prefix keeps them apart from other tags in the operator's zone.
 */
export function cardTag(cardId: string): string {
  return `cc-card-${cardId}`;
}

/**
 * An article's tag names its normalised URL by hash: a tag is at most 1,024
 * characters and printable ASCII, while article URLs may be longer or not
 * ASCII. 128 bits keep two articles from sharing a tag.
 */
export async function articleTag(normalizedArticleUrl: string): Promise<string> {
  return `cc-article-${(await sha256Hex(normalizedArticleUrl)).slice(0, 32)}`;
}
