import { spellingsOf, type Terms } from "./terms";

/** Most terms in one candidate lookup: bounds the work of any sentence. */
const MAX_QUERY_TERMS = 16;
/** Shorter terms are looked up whole, never as prefixes (a prefix of two letters matches half the index). */
const MIN_PREFIX_LENGTH = 4;

/**
 * The FTS5 query that finds cards whose claim may repeat a sentence: any of
 * its content words, or of their synonyms' spellings, in a claim or its
 * translations. Numbers are left to the scorer: the index splits `20,000`
 * into two tokens, and the words around a number find the card anyway.
 * Every term is quoted, so nothing in an article is FTS syntax.
 */
export function candidateQuery(terms: Terms): string | null {
  const lookups = new Set<string>();
  for (const word of terms.surface) lookups.add(word);
  for (const word of terms.words) for (const spelling of spellingsOf(word)) lookups.add(spelling);
  const quoted = [...lookups]
    .filter((term) => /^[\p{L}\p{N}]+$/u.test(term))
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_QUERY_TERMS)
    .map((term) => (term.length >= MIN_PREFIX_LENGTH ? `"${term}"*` : `"${term}"`));
  return quoted.length ? `{claim translations} : (${quoted.join(" OR ")})` : null;
}
