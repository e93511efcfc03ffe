import { normalizeForMatching } from "./normalize-text";
import type { Card } from "./schema/card";

/** Text as indexed and as queried: the same normalisation quotes get. */
export function searchableText(text: string): string {
  return normalizeForMatching(text).text;
}

/** The columns a card contributes to the search index. */
export function searchDocument(card: Card) {
  const translations = Object.values(card.translations).flatMap((t) => [t.claim, t.claimant, t.summary]);
  return {
    claim: searchableText(card.claim.text),
    claimant: searchableText(card.claim.claimant.name),
    summary: searchableText(card.summary),
    translations: searchableText(translations.filter(Boolean).join("\n")),
  };
}

/** Longest query we accept, in characters, and most terms. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/**
 * A reader's words as a safe FTS5 query: every term quoted (so `AND`, `*`,
 * `"` or `NEAR(` are just text), prefix-matched, all terms required.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms = searchableText(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  if (!terms.length) return null;
  return terms.map((term) => `"${term}"*`).join(" ");
}
