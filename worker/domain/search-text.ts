import type { VerdictKey } from "../../common/verdicts";
import { normalizedText } from "./normalize-text";
import type { Card } from "./schema/card";

/** Text as indexed and as queried: the same normalisation quotes get. */
export function searchableText(text: string): string {
  return normalizedText(text);
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

/** Longest query we accept, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** Most distinct words a query keeps; later ones are dropped (each word is one more index list to intersect). */
export const MAX_TERMS = 8;
/**
 * Shortest word that is also matched as a prefix ("pri" finds "prison").
 * A one- or two-letter prefix stands for thousands of words ("a" → every
 * word starting with a), so those are matched as whole words only; 3- and
 * 4-letter prefixes are served by the index's own prefix entries
 * (migration 0004).
 */
export const MIN_PREFIX_LENGTH = 3;

/** The text columns a reader's words may match (never lang or verdict). */
const TEXT_COLUMNS = "{claim claimant summary translations}";

export interface SearchFilters {
  /** Only cards written in or translated into this language. */
  lang?: string;
  verdict?: VerdictKey;
}

/** Words of a query, normalised and case-folded as the index is, each once, at most MAX_TERMS. */
export function searchTerms(input: string): string[] {
  const words = searchableText(input)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** A filter value as an FTS5 phrase: its tokens, as the index splits them ("needs-context" → "needs context"). */
function phrase(value: string): string {
  return `"${searchableText(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(" ")}"`;
}

/**
 * A reader's words as a safe, bounded FTS5 query: every term quoted (so
 * `AND`, `*`, `"` or `NEAR(` are just text), confined to the text columns,
 * all terms required; terms of MIN_PREFIX_LENGTH or more characters also
 * match as prefixes. Filters become index lookups on the lang and verdict
 * columns (the verdict anchored at the column's start, so "accurate" is
 * not "mostly-accurate"). Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string, filters: SearchFilters = {}): string | null {
  const terms = searchTerms(input);
  if (!terms.length) return null;
  const words = terms.map((term) => ([...term].length >= MIN_PREFIX_LENGTH ? `"${term}"*` : `"${term}"`)).join(" ");
  const parts = [`${TEXT_COLUMNS}: (${words})`];
  if (filters.lang) parts.push(`{lang}: ${phrase(filters.lang)}`);
  if (filters.verdict) parts.push(`{verdict}: ^${phrase(filters.verdict)}`);
  return parts.join(" AND ");
}
